/**
 * An OGC API exception: the HTTP status and the `{ code, description }` body the standard's
 * `exception` schema names, the description in Chinese then English like every message of the atlas.
 *
 * @example
 * throw new OgcException(404, 'NotFound', '没有图层 roads / No collection roads');
 */
export class OgcException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OgcException';
  }

  get body(): { code: string; description: string } {
    return { code: this.code, description: this.description };
  }
}

export const invalidParameter = (description: string) =>
  new OgcException(400, 'InvalidParameterValue', description);

export const notFoundHere = (description: string) => new OgcException(404, 'NotFound', description);
