#!/usr/bin/env python3
# Writes the hostile files of this folder (kept in the repository; run again only to change them). Each reproduces a
# defect found by fuzzing or by trying the registry with hostile files; tests/io/test_hostilefiles.cpp reads every
# one and the fuzz targets replay them (tests/fuzz).
import io
import json
import struct
import zipfile
import zlib

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def sheet(rows):
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + rows + b'</sheetData></worksheet>')


def workbook(sheet_xml, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', compression) as zf:
        for name, data in (('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
                           ('xl/workbook.xml', WORKBOOK), ('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)):
            zf.writestr(name, data)
        zf.writestr('xl/worksheets/sheet1.xml', sheet_xml)
    return bytearray(buffer.getvalue())


def write(name, data):
    with open(name, 'wb') as out:
        out.write(bytes(data))


# A cell reference of seven letters overflowed the column number and wrote before the row's cells (SIGSEGV).
write('xlsx-long-column-reference.xlsx',
      workbook(sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                     b'<row r="2"><c r="ZZZZZZZ2" t="inlineStr"><is><t>y</t></is></c></row>')))

# A part whose directory entries claim 1 TiB: the reader allocated the claimed size and aborted (std::bad_alloc).
def claimed_size_zip(parts, claimed_name, claimed_size):
    local = bytearray()
    central = bytearray()
    for name, payload in parts:
        name = name.encode()
        crc = zlib.crc32(payload)
        offset = len(local)
        claimed = name == claimed_name
        extra = struct.pack('<HHQ', 1, 8, claimed_size) if claimed else b''
        size32 = 0xFFFFFFFF if claimed else len(payload)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 45, 0, 0, 0, 0, crc, len(payload), size32, len(name),
                             len(extra)) + name + extra + payload
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 45, 45, 0, 0, 0, 0, crc, len(payload), size32,
                               len(name), len(extra), 0, 0, 0, 0, offset) + name + extra
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(parts), len(parts), len(central), len(local), 0)
    return local + central + end


write('xlsx-declares-one-tebibyte.xlsx',
      claimed_size_zip([('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS), ('xl/workbook.xml', WORKBOOK),
                        ('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
                        ('xl/worksheets/sheet1.xml', sheet(b'<row r="1"><c r="A1"><v>1</v></c></row>'))],
                       b'xl/worksheets/sheet1.xml', 1 << 40))

# A part whose data do not match its CRC-32: it was read as if it were intact.
data = workbook(sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>intact</t></is></c></row>'), zipfile.ZIP_STORED)
at = data.find(b'intact')
data[at:at + 6] = b'broken'
write('xlsx-bad-crc.xlsx', data)

# Formatting down to the last column (XFD) on every row: each row kept 16,384 cells.
rows = b''.join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>a</t></is></c><c r="B%d"><v>%d</v></c>'
                b'<c r="XFD%d" s="1"/></row>' % (r, r, r, r, r) for r in range(1, 20001))
write('xlsx-last-column.xlsx', workbook(sheet(rows)))

# A negative style index was used to index the list of date styles.
write('xlsx-negative-style.xlsx', workbook(sheet(b'<row r="1"><c r="A1" s="-1"><v>45000</v></c></row>')))


def catalogue(params, prose):
    return {'catalog': {'uuid': 'b5a2c0d4-0000-4000-8000-000000000001',
                        'metadata': {'title': 'Hostile', 'version': '1', 'oscal-version': '1.1.2'},
                        'groups': [{'id': 'ac', 'title': 'Access Control',
                                    'controls': [{'id': 'ac-1', 'title': 'Policy', 'params': params,
                                                  'parts': [{'id': 'ac-1_smt', 'name': 'statement',
                                                             'prose': prose}]}]}]}}


insert = '{{ insert: param, %s }}'
# A parameter that refers to itself ten times: written out to depth 8, 10^8 copies (never finished).
write('oscal-self-reference.json',
      json.dumps(catalogue([{'id': 'p', 'values': [' '.join([insert % 'p'] * 10)]}], insert % 'p'),
                 separators=(',', ':')).encode())
# Parameters that refer to each other, each ten times, seven deep: 20 s, 961 MB and 232 MB in the registry.
chain = [{'id': 'p%d' % n, 'values': [' '.join([insert % ('p%d' % (n + 1))] * 10)]} for n in range(7)]
chain.append({'id': 'p7', 'values': ['organization-defined frequency']})
write('oscal-parameter-fanout.json', json.dumps(catalogue(chain, insert % 'p0'), separators=(',', ':')).encode())
# Groups nested 200 deep.
nested = {'id': 'g', 'title': 'G', 'controls': [{'id': 'c-1', 'title': 'C'}]}
for level in range(200):
    nested = {'id': 'g%d' % level, 'title': 'G', 'groups': [nested]}
document = catalogue([], 'x')
document['catalog']['groups'] = [nested]
write('oscal-deep-nesting.json', json.dumps(document, separators=(',', ':')).encode())
