/**
 * QR codes drawn at build time (for the city pages' printed pocket card), as
 * SVG by the `qrcode` library (node-qrcode, ISO/IEC 18004). The page keeps
 * only the drawing of the dark modules, so React can render it as an inline
 * `<svg>`: nothing is loaded, and the printed code is sharp at any size.
 */
import QRCode from 'qrcode';
import {parseDocument} from 'htmlparser2';

/** A QR code as SVG: the side in modules (quiet zone included) and the path of the dark modules. */
export type QrDrawing = {
  /** Width and height of the `viewBox`, in modules. */
  size: number;
  /** The `d` of the dark modules' path, drawn with a stroke of width 1 (as node-qrcode draws it). */
  path: string;
};

type SvgNode = {name?: string; attribs?: Record<string, string>; children?: SvgNode[]};

function elements(node: SvgNode): SvgNode[] {
  return [node, ...(node.children ?? []).flatMap(elements)];
}

/**
 * Draws a QR code for an address.
 * @param text - what the code says, e.g. the absolute address of a city page
 * @param margin - quiet zone in modules (the standard asks for 4; 2 is read by every phone tested and saves space)
 * @returns the drawing
 * @throws Error when the text is too long for a QR code, or when node-qrcode's SVG changed shape
 */
export async function qrDrawing(text: string, margin = 2): Promise<QrDrawing> {
  const svg = await QRCode.toString(text, {type: 'svg', errorCorrectionLevel: 'M', margin});
  const nodes = elements(parseDocument(svg, {xmlMode: true}) as unknown as SvgNode);
  const root = nodes.find((node) => node.name === 'svg');
  const size = Number(/^0 0 (\d+) \1$/.exec(root?.attribs?.viewBox ?? '')?.[1]);
  const dark = nodes.find((node) => node.name === 'path' && node.attribs?.stroke !== undefined);
  const path = dark?.attribs?.d;
  if (!Number.isInteger(size) || !path || !/^[Mmhv0-9. ]+$/.test(path))
    throw new Error('node-qrcode returned an SVG of an unexpected shape.');
  return {size, path};
}
