#!/usr/bin/env node
// Makes a scanned test agreement the way an archive does: the text as a Word document (a real table for the
// economy), printed to PDF by LibreOffice, rasterised at 150 dpi in grey (pdftoppm), turned 0.5° with speckle
// noise added (@napi-rs/canvas), and wrapped as an image-only PDF (pdf-lib): no text layer.
//   node scripts/make-scan.js test/fixtures/scans/vagen-in.txt test/fixtures/scans/vagen-in.pdf
// Needs soffice and pdftoppm (Debian's libreoffice-writer, poppler-utils); the fixture is checked in.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } = require('docx');
const { createCanvas, loadImage } = require('@napi-rs/canvas');
const { PDFDocument } = require('pdf-lib');

const DPI = 150;
const SKEW_DEG = 0.5;

function docxOf(text) {
  const children = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (lines.some((l) => l.includes('\t'))) {
      const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
      for (const l of lines.filter((l) => !l.includes('\t'))) children.push(new Paragraph({ children: [new TextRun(l)] }));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: rows.map((r, i) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })] })) })),
        }),
      );
      continue;
    }
    lines.forEach((l, i) => {
      const heading = /^\d+\. /.test(l) || (children.length === 2 && i === 0);
      children.push(new Paragraph({ heading: heading ? HeadingLevel.HEADING_2 : undefined, children: [new TextRun(l)] }));
    });
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function noisy(ctx, width, height, seed) {
  const img = ctx.getImageData(0, 0, width, height);
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < img.data.length; i += 4) {
    let v = img.data[i] + (random() - 0.5) * 30;
    if (random() < 0.0005) v = random() * 120; // dark specks
    v = Math.max(0, Math.min(255, v));
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
  }
  ctx.putImageData(img, 0, 0);
}

async function main() {
  const [input, output] = process.argv.slice(2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
  try {
    const docx = path.join(dir, 'agreement.docx');
    fs.writeFileSync(docx, await docxOf(fs.readFileSync(input, 'utf8')));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe' });
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', path.join(dir, 'agreement.pdf'), path.join(dir, 'page')]);
    const pages = fs.readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    const pdf = await PDFDocument.create();
    for (const [n, file] of pages.entries()) {
      const image = await loadImage(fs.readFileSync(path.join(dir, file)));
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = 'white';
      ctx.fillRect(0, 0, image.width, image.height);
      ctx.translate(image.width / 2, image.height / 2);
      ctx.rotate((SKEW_DEG * Math.PI) / 180);
      ctx.drawImage(image, -image.width / 2, -image.height / 2);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      noisy(ctx, image.width, image.height, 21 + n);
      const jpeg = await pdf.embedJpg(await canvas.encode('jpeg', 80));
      const page = pdf.addPage([(image.width * 72) / DPI, (image.height * 72) / DPI]);
      page.drawImage(jpeg, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    }
    fs.writeFileSync(output, await pdf.save());
    console.log(`${output}: ${pages.length} sidor, ${DPI} dpi, ${SKEW_DEG}° lutning, brus`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
