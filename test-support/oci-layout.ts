/**
 * Tiny images written as an OCI image layout (image-spec, image-layout.md), for skopeo to push to a real
 * registry: one gzipped layer holding one file, a config, and a manifest per platform. The layout names two
 * references: `single` (one image manifest) and `multi` (an image index of two platforms).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SINGLE_REFERENCE = 'single';
export const MULTI_REFERENCE = 'multi';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A ustar archive of one regular file (POSIX pax format's ustar header, ending in two zero blocks). */
export function tarOfOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, width: number): string => `${value.toString(8).padStart(width - 1, '0')}\0`;
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(content.length, 12), 124);
  header.write(octal(0, 12), 136);
  header.fill(' ', 148, 156);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

/** Writes an OCI layout into `dir` (which may exist); `seed` makes its images differ from another layout's. */
export function writeOciLayout(dir: string, seed: string): void {
  const blobs = join(dir, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const blob = (mediaType: string, bytes: Buffer): Descriptor => {
    const hex = sha256(bytes);
    writeFileSync(join(blobs, hex), bytes);
    return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
  };
  const image = (architecture: string, variant: string): Descriptor => {
    const layerTar = tarOfOneFile('hello.txt', Buffer.from(`hello from ${seed} ${variant} ${architecture}\n`));
    const layer = blob('application/vnd.oci.image.layer.v1.tar+gzip', gzipSync(layerTar));
    const config = blob(
      'application/vnd.oci.image.config.v1+json',
      Buffer.from(
        JSON.stringify({
          architecture,
          os: 'linux',
          config: { Cmd: ['/hello.txt'] },
          rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(layerTar)}`] }
        })
      )
    );
    const manifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] })
    );
    return blob(OCI_MANIFEST, manifest);
  };
  const single = image('amd64', SINGLE_REFERENCE);
  const index = blob(
    OCI_INDEX,
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: ['amd64', 'arm64'].map((architecture) => ({
          ...image(architecture, MULTI_REFERENCE),
          platform: { architecture, os: 'linux' }
        }))
      })
    )
  );
  const named = (descriptor: Descriptor, name: string): object => ({
    ...descriptor,
    annotations: { 'org.opencontainers.image.ref.name': name }
  });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, manifests: [named(single, SINGLE_REFERENCE), named(index, MULTI_REFERENCE)] })
  );
}
