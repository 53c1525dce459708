import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { defectPhotos, defectReports } from '../../../db/schema';
import type { Db, Executor } from '../../../db/database';
import type { Clock } from '../../clock';
import { AppError, notFound, validationFailed } from '../../errors';
import { PHOTO_MAX_BYTES } from '../../protocol/defects';

export type PhotoMime = 'image/jpeg' | 'image/png' | 'image/webp';
export type PhotoRow = typeof defectPhotos.$inferSelect;

/** The longest side a stored photo keeps: plenty to see a broken hinge, small in the database. */
const MAX_SIDE = 2560;
/** Refuses "decompression bombs": tiny files that unpack to enormous images. */
const MAX_INPUT_PIXELS = 50_000_000;

const notImage = () => validationFailed({ photo: { key: 'defects.error.not_image' } });
export const photoTooBig = () =>
  new AppError('payload_too_large', { photo: { key: 'defects.error.photo_too_big' } });

/** The image type from the first bytes of the file (its name and stated type are not trusted). */
export function sniffImage(bytes: Uint8Array): PhotoMime | undefined {
  const at = (i: number) => bytes[i];
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'image/png';
  const ascii = (from: number, to: number) =>
    Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

const sharpFormat: Record<PhotoMime, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export interface CleanPhoto {
  data: Buffer;
  mime: PhotoMime;
  width: number;
  height: number;
}

/**
 * Checks a photo by its content and makes the copy that is stored: JPEG, PNG or WebP only (magic
 * bytes, then a full decode that must agree), at most 5 MB, turned upright and re-encoded. sharp
 * writes no metadata unless asked to, so EXIF (GPS location, camera, time), XMP, IPTC and ICC
 * profiles are all gone from the stored file.
 */
export async function cleanPhoto(input: Buffer): Promise<CleanPhoto> {
  if (input.length > PHOTO_MAX_BYTES) throw photoTooBig();
  const mime = sniffImage(input);
  if (!mime) throw notImage();
  let image;
  try {
    image = sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true });
    const meta = await image.metadata();
    if (meta.format !== sharpFormat[mime]) throw notImage();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notImage();
  }
  const resized = image.resize({
    width: MAX_SIDE,
    height: MAX_SIDE,
    fit: 'inside',
    withoutEnlargement: true,
  });
  const encoded =
    mime === 'image/jpeg'
      ? resized.jpeg({ quality: 85, mozjpeg: true })
      : mime === 'image/png'
        ? resized.png({ compressionLevel: 9 })
        : resized.webp({ quality: 85 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, mime, width: info.width, height: info.height };
  } catch {
    throw notImage();
  }
}

/** Decodes a base64 upload (a `data:image/...;base64,` prefix is allowed). */
export function decodeUpload(data: string): Buffer {
  const base64 = data.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw notImage();
  // Checked before decoding: base64 is 4 characters for every 3 bytes.
  if (Math.floor((base64.length * 3) / 4) > PHOTO_MAX_BYTES + 3) throw photoTooBig();
  return Buffer.from(base64, 'base64');
}

/** Stores (or replaces) the one photo of a report. */
export async function storePhoto(
  db: Db,
  clock: Clock,
  input: { defectId: string; reportId: string; photo: CleanPhoto },
): Promise<PhotoRow> {
  const values = {
    defectId: input.defectId,
    reportId: input.reportId,
    mime: input.photo.mime,
    width: input.photo.width,
    height: input.photo.height,
    bytes: input.photo.data.length,
    data: input.photo.data,
    createdAt: clock.now(),
  };
  const [row] = await db
    .insert(defectPhotos)
    .values(values)
    .onConflictDoUpdate({ target: defectPhotos.reportId, set: values })
    .returning();
  if (!row) throw new Error('photo insert returned nothing');
  return row;
}

/** The person's own report on a case (photos belong to a report). */
export async function reportOf(db: Executor, defectId: string, userId: string) {
  const [row] = await db
    .select()
    .from(defectReports)
    .where(and(eq(defectReports.defectId, defectId), eq(defectReports.userId, userId)))
    .limit(1);
  return row;
}

export async function readPhoto(db: Executor, photoId: string): Promise<PhotoRow> {
  const [row] = await db.select().from(defectPhotos).where(eq(defectPhotos.id, photoId)).limit(1);
  if (!row) throw notFound();
  return row;
}
