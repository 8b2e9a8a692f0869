/** The files a resident may send: photos and scans of letters and decisions. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * What a file is, by its first bytes (its magic number), whatever the client declared: a script or a program
 * named "photo.jpg" and sent as image/jpeg is none of these. Null for any other kind of file.
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, ascii('GIF87a')) || starts(bytes, ascii('GIF89a'))) return 'image/gif';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

/** A file name as it may be kept and shown: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string, contentType: AttachmentType): string {
  // eslint-disable-next-line no-control-regex
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || `bilaga.${contentType === 'application/pdf' ? 'pdf' : contentType.slice('image/'.length)}`;
}
