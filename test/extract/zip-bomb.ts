/**
 * Rebuilds a zip with one entry's data replaced, keeping the sizes its
 * headers declared: a zip bomb that lies about how large it inflates.
 *
 * @example lies(docx, 'word/document.xml', deflateRawSync(Buffer.alloc(1e8)))
 */
export function lies(zip: Buffer, name: string, deflated: Buffer): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // Walk the local headers in order; this fixture's zips have no data descriptors.
  let at = 0;
  const offsets = new Map<string, number>();
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const entryName = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const size = zip.readUInt32LE(at + 18);
    const header = Buffer.from(zip.subarray(at, at + 30 + nameLength + extra));
    const data = entryName === name ? deflated : zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    header.writeUInt32LE(data.length, 18);
    offsets.set(entryName, offset);
    parts.push(header, data);
    offset += header.length + data.length;
    at += 30 + nameLength + extra + size;
  }
  const centralStart = zip.readUInt32LE(zip.length - 22 + 16);
  let c = centralStart;
  while (zip.readUInt32LE(c) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(c + 28);
    const skip = nameLength + zip.readUInt16LE(c + 30) + zip.readUInt16LE(c + 32);
    const entry = Buffer.from(zip.subarray(c, c + 46 + skip));
    const entryName = entry.toString('utf8', 46, 46 + nameLength);
    if (entryName === name) entry.writeUInt32LE(deflated.length, 20);
    entry.writeUInt32LE(offsets.get(entryName) ?? 0, 42);
    central.push(entry);
    c += 46 + skip;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.from(zip.subarray(zip.length - 22));
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
