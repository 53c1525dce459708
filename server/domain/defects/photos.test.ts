import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { cleanPhoto, decodeUpload, sniffImage } from './photos';

describe('photo checks', () => {
  it('knows JPEG, PNG and WebP by their first bytes only', async () => {
    const make = (format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff') =>
      sharp({ create: { width: 4, height: 4, channels: 3, background: '#123' } })
        .toFormat(format)
        .toBuffer();
    expect(sniffImage(await make('jpeg'))).toBe('image/jpeg');
    expect(sniffImage(await make('png'))).toBe('image/png');
    expect(sniffImage(await make('webp'))).toBe('image/webp');
    expect(sniffImage(await make('gif'))).toBeUndefined();
    expect(sniffImage(await make('tiff'))).toBeUndefined();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeUndefined();
  });

  it('refuses what only starts like an image', async () => {
    const fake = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBP'), Buffer.alloc(64)]);
    await expect(cleanPhoto(fake)).rejects.toBeInstanceOf(AppError);
  });

  it('turns a photo upright and makes big photos smaller', async () => {
    const sideways = await sharp({
      create: { width: 3000, height: 1000, channels: 3, background: '#456' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const clean = await cleanPhoto(sideways);
    expect([clean.width, clean.height]).toEqual([853, 2560]);
    expect((await sharp(clean.data).metadata()).orientation).toBeUndefined();
  });

  it('reads base64 with or without a data: prefix, and refuses junk', () => {
    expect(decodeUpload('data:image/png;base64,aGFsbG8=').toString()).toBe('hallo');
    expect(decodeUpload('aGFs\nbG8=').toString()).toBe('hallo');
    expect(() => decodeUpload('not base64 at all!')).toThrow(AppError);
  });
});
