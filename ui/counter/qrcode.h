// QR codes both ways: drawn with libqrencode (the voucher code on screen and on the receipt)
// and read from an image with zbar (a photo or screenshot of a shopper's voucher). Qt has
// neither; both libraries stay behind this one header.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

namespace mc::ui {

class QrCode
{
public:
    // Black modules on white with the standard quiet zone of four modules, moduleSize pixels
    // each; a null image when the data does not fit in a QR code.
    static QImage render(const QByteArray &data, int moduleSize);
    // Draws the code with its quiet zone filling `square` (its top-left part when not square),
    // sharp at any scale (a PDF page); false when the data does not fit in a QR code.
    static bool paint(QPainter &painter, const QRectF &square, const QByteArray &data);
    // The data of every QR code found in the image, in the order zbar reports them.
    static QList<QByteArray> decode(const QImage &image);
};

} // namespace mc::ui
