/**
 * A hash table from two small non-negative integers to a non-negative one, in typed arrays: the row of a
 * pair feature by the ids of its two sides. A Map per left side did the same at about 200 ns a lookup,
 * mostly cache misses over thousands of small Maps.
 */
export class PairTable {
  /** Two keys per slot, each stored plus 1 so that 0 marks a free slot. */
  private keys = new Int32Array(2 * 4096);
  private values = new Int32Array(4096);
  private mask = 4095;
  size = 0;

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    h ^= h >>> 13;
    let i = h & this.mask;
    while (this.keys[2 * i] !== 0 && (this.keys[2 * i] !== a || this.keys[2 * i + 1] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for (left, right), or -1. */
  get(left: number, right: number): number {
    const i = this.slot(left + 1, right + 1);
    return this.keys[2 * i] === 0 ? -1 : this.values[i];
  }

  set(left: number, right: number, value: number): void {
    if (2 * (this.size + 1) > this.values.length) this.grow();
    const i = this.slot(left + 1, right + 1);
    if (this.keys[2 * i] === 0) this.size++;
    this.keys[2 * i] = left + 1;
    this.keys[2 * i + 1] = right + 1;
    this.values[i] = value;
  }

  /** Doubles the slots, so that at most half are taken and a probe stays short. */
  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.values = new Int32Array(2 * values.length);
    this.mask = values.length * 2 - 1;
    for (let i = 0; i < values.length; i++) {
      if (keys[2 * i] === 0) continue;
      const j = this.slot(keys[2 * i], keys[2 * i + 1]);
      this.keys[2 * j] = keys[2 * i];
      this.keys[2 * j + 1] = keys[2 * i + 1];
      this.values[j] = values[i];
    }
  }
}
