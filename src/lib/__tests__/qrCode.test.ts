import QRCode from 'qrcode';
import {qrDrawing} from '../qrCode';

/** The dark modules a node-qrcode path draws (horizontal runs `M x y.5 h n`, `m dx dy`). */
function modulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmhv])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === 'M') [x, y] = [first, Number(b)];
    else if (command === 'm') [x, y] = [x + first, y + Number(b)];
    else if (command === 'h') {
      for (let i = 0; i < first; i += 1) dark.add(`${x + i},${Math.floor(y)}`);
      x += first;
    }
  }
  return dark;
}

describe('QR codes of city pages', () => {
  it.each([
    'https://sanctuary-commons.example.org/directory/minneapolis',
    'https://example.github.io/commons/es/directory/los-angeles',
  ])('draws exactly the modules of the code for %s, with its quiet zone', async (url) => {
    const drawing = await qrDrawing(url, 2);
    const code = QRCode.create(url, {errorCorrectionLevel: 'M'});
    const size = code.modules.size;
    expect(drawing.size).toBe(size + 4);
    const expected = new Set<string>();
    for (let row = 0; row < size; row += 1)
      for (let col = 0; col < size; col += 1)
        if (code.modules.get(row, col)) expected.add(`${col + 2},${row + 2}`);
    expect(modulesOf(drawing.path)).toEqual(expected);
  });

  it('refuses text too long for a QR code', async () => {
    await expect(qrDrawing(`https://example.org/${'a'.repeat(3000)}`)).rejects.toThrow();
  });
});
