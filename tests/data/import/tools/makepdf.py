#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Attaché authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/data/import: small hand-built PDFs with the base-14 Helvetica
font (WinAnsi encoding), running headers and footers, hard-wrapped and hyphenated lines.
Run from anywhere: python3 tests/data/import/tools/makepdf.py"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def escape(text):
    out = []
    for ch in text:
        code = ch.encode('cp1252')[0]
        if ch in '()\\':
            out.append('\\' + ch)
        elif code > 126:
            out.append('\\%03o' % code)
        else:
            out.append(ch)
    return ''.join(out)


def page_stream(items):
    """items: (size, y, text) tuples."""
    ops = []
    for size, y, text in items:
        ops.append('BT /F1 %d Tf 72 %d Td (%s) Tj ET' % (size, y, escape(text)))
    return '\n'.join(ops).encode('latin-1')


def write_pdf(path, pages, info):
    objects = []  # bytes of objects 1..n

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    pages_id = len(objects) + 1 + 2 * len(pages)  # reserved below
    page_ids = []
    for items in pages:
        stream = page_stream(items)
        content = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        page_ids.append(add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> '
                             '/Contents %d 0 R >>' % (pages_id, font, content)).encode()))
    kids = ' '.join('%d 0 R' % p for p in page_ids)
    assert add(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(page_ids))).encode()) == pages_id
    catalog = add(('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode())
    info_id = add(('<< ' + ' '.join('/%s (%s)' % (k, escape(v)) for k, v in info.items()) + ' >>').encode('latin-1'))

    data = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        data += b'%010d 00000 n \n' % offset
    data += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objects) + 1, catalog, info_id, xref)
    with open(path, 'wb') as f:
        f.write(data)


def layout(blocks, header, footer):
    """blocks: list of (size, [lines]); returns one list of items per page."""
    pages, items, y = [], [], 500
    for size, lines in blocks:
        for line in lines:
            if y < 90:
                pages.append(items)
                items, y = [], 500
            items.append((size, y, line))
            y -= size + 4
        y -= 12
    pages.append(items)
    count = len(pages)
    for number, page in enumerate(pages, 1):
        page.insert(0, (8, 760, header))
        page.append((8, 40, footer.format(number=number, count=count)))
    return pages


blocks = [
    (18, ['Beijing and Moscow test the limits of a partnership']),
    (11, ['By Ana Ruiz']),
    (11, ['When Xi Jinping and Vladimir Putin spoke by video link in December, both',
          'leaders described relations as the best in their history. Analysts were more',
          'cautious about what the inter-',
          'national consequences would be.']),
    (11, ['\u201cThis is a partnership of convenience, not an alliance,\u201d said Alexander',
          'Gabuev, a senior fellow who studies Russia and China. \u201cNeither side wants',
          'to be dragged into the other\u2019s wars.\u201d']),
    (11, ['Chinese officials have avoided taking sides on Ukraine. Foreign Ministry',
          'spokesperson Zhao Lijian said that Beijing opposed \u201cunilateral sanctions',
          'that have no basis in international law\u201d and called for dialogue.']),
    (11, ['Russian officials, for their part, have praised China\u2019s position. Deputy',
          'Foreign Minister Sergei Ryabkov said Moscow valued Beijing\u2019s \u201cbalanced',
          'approach\u201d to the crisis.']),
    (11, ['Trade between the two countries reached a record last year, driven by energy',
          'exports, and officials in both capitals expect further growth, although',
          'Western sanctions could complicate payments.']),
    (11, ['\u201cThe question is how far China will go,\u201d Gabuev said. \u201cSo far the answer',
          'is: not very far.\u201d']),
    (11, ['Diplomats in Brussels say they are watching closely for any sign that',
          'Chinese banks are helping Russian companies avoid restrictions, and that',
          'they would respond if that happened.']),
    (11, ['Western governments have so far avoided threatening Beijing directly,',
          'preferring private warnings delivered through diplomatic channels.']),
    (11, ['Both governments are expected to announce new energy agreements in',
          'February, when Putin is due to visit Beijing for the opening of the',
          'Winter Olympics.']),
]
write_pdf(os.path.join(HERE, '..', 'pdf-two-pages', 'input.pdf'),
          layout(blocks, 'FOREIGN AFFAIRS REVIEW \u2013 WORLD', 'Page {number} of {count}'),
          {'Title': 'Beijing and Moscow test the limits of a partnership', 'Author': 'Ana Ruiz'})


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def write_encrypted(path):
    """A PDF locked with the user password "secret" (standard security handler, revision 2). Only the
    password check matters: the importer must refuse the file before reading any page."""
    import hashlib
    pad = bytes.fromhex('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A')
    padded = (b'secret' + pad)[:32]
    owner_key = hashlib.md5(padded).digest()[:5]
    o_value = rc4(owner_key, padded)
    file_id = hashlib.md5(b'attache-encrypted-fixture').digest()
    permissions = (-44).to_bytes(4, 'little', signed=True)
    key = hashlib.md5(padded + o_value + permissions + file_id).digest()[:5]
    u_value = rc4(key, pad)
    stream = b'BT /F1 12 Tf 72 700 Td (Secret) Tj ET'
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + rc4(key, stream) + b'\nendstream',
        b'<< /Filter /Standard /V 1 /R 2 /O <' + o_value.hex().encode() + b'> /U <' + u_value.hex().encode()
        + b'> /P -44 >>',
    ]
    data = b'%PDF-1.4\n'
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        data += b'%010d 00000 n \n' % offset
    data += b'trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objects) + 1, file_id.hex().encode(), file_id.hex().encode(), xref)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


write_encrypted(os.path.join(HERE, '..', 'bad', 'encrypted.pdf'))


single = [
    (20, ['Ukraine talks end without a breakthrough,', 'diplomats say']),
    (11, ['GENEVA \u2014 Two days of talks between Russian and American officials ended on',
          'Tuesday without agreement. \u201cWe had a frank and useful discussion,\u201d U.S.',
          'Deputy Secretary of State Wendy Sherman told reporters afterwards.']),
    (11, ['Her Russian counterpart, Sergei Ryabkov, said Moscow\u2019s demands were not a',
          'menu to choose from. \u201cWe need ironclad guarantees,\u201d he said.']),
]
pages = layout(single, 'Geneva Diplomatic Notes', '{number}')
for page in pages:
    page.pop(0)  # no running header on a one-page document
write_pdf(os.path.join(HERE, '..', 'pdf-wrapped-title', 'input.pdf'), pages, {'Producer': 'makepdf.py'})
