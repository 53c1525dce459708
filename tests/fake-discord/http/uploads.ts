/** A file part of a multipart/form-data request (discord.js sends files this way). */
export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}
