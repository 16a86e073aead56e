// libqrencode (Debian libqrencode-dev): the QR code encoder behind `create-virtual-mfa-device
// --bootstrap-method QRCodePNG` and the console's QR panel. See docs/decisions.md, 2026-12-06.
#include <qrencode.h>
