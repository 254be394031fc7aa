/** The QR code for the story's public URL, as SVG markup, made at build time with the qrcode package. */
import QRCode from 'qrcode';

export function qrSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});
}
