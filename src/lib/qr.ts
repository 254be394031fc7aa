/** A QR code as SVG markup (qrcode): made at build time for the story, in the browser for a class. */
import QRCode from 'qrcode';

export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});
}
