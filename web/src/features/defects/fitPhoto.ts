import { PHOTO_MAX_BYTES } from '../../../../server/protocol/defects';

/** Longest side of a photo made smaller, then a smaller try if that is still too large. */
const TRIES = [
  { side: 2560, quality: 0.85 },
  { side: 1600, quality: 0.75 },
] as const;

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * A photo as it can be sent: as it is when it fits the server's limit (5 MB), else made smaller
 * in the browser (a phone's camera easily makes 6-12 MB). Null when it cannot be read as an
 * image or stays too large; the server checks the real content and strips what the photo holds
 * besides the picture either way.
 */
export async function fitPhoto(file: File): Promise<File | null> {
  if (file.size <= PHOTO_MAX_BYTES) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  try {
    for (const { side, quality } of TRIES) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const blob = await toJpeg(canvas, quality);
      if (blob && blob.size <= PHOTO_MAX_BYTES) {
        const name = file.name.replace(/\.[^.]*$/, '') || 'foto';
        return new File([blob], `${name}.jpg`, { type: 'image/jpeg' });
      }
    }
    return null;
  } finally {
    bitmap.close();
  }
}
