/** One benchmark figure beside its target, as `npm run bench` prints it. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}
