// libqrencode for drawing (error correction level M, 8-bit mode so any byte survives), zbar's
// C API for reading (QR only, on an 8-bit grey copy of the image without row padding).
#include "ui/counter/qrcode.h"

#include <QPainter>

#include <qrencode.h>
#include <zbar.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace mc::ui {

namespace {

constexpr int kQuietZone = 4;

using QrPointer = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

QrPointer encode(const QByteArray &data)
{
    if (data.isEmpty())
        return {nullptr, &QRcode_free};
    return {QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                              0, QR_ECLEVEL_M),
            &QRcode_free};
}

} // namespace

QImage QrCode::render(const QByteArray &data, int moduleSize)
{
    if (moduleSize < 1)
        return {};
    const QrPointer qr = encode(data);
    if (!qr)
        return {};
    const int modules = qr->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < qr->width; ++y)
        for (int x = 0; x < qr->width; ++x)
            if (qr->data[y * qr->width + x] & 1)
                painter.fillRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
    return image;
}

bool QrCode::paint(QPainter &painter, const QRectF &square, const QByteArray &data)
{
    // Vector squares, sharp at any scale and in any viewer (a 1-bit image scaled up was
    // smoothed by poppler until zbar missed half the codes). Each row's run of dark modules is
    // one rectangle (one QPainterPath for the whole code made the PDF larger and slower).
    const QrPointer qr = encode(data);
    if (!qr)
        return false;
    const qreal module = std::min(square.width(), square.height()) / (qr->width + 2 * kQuietZone);
    const qreal side = module * (qr->width + 2 * kQuietZone);
    painter.fillRect(QRectF(square.topLeft(), QSizeF(side, side)), Qt::white);
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false); // rectangles edge to edge, no seams
    for (int y = 0; y < qr->width; ++y) {
        for (int x = 0; x < qr->width;) {
            if (!(qr->data[y * qr->width + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < qr->width && (qr->data[y * qr->width + x] & 1))
                ++x;
            painter.fillRect(QRectF(square.left() + (start + kQuietZone) * module,
                                    square.top() + (y + kQuietZone) * module, (x - start) * module, module),
                             Qt::black);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    return true;
}

QList<QByteArray> QrCode::decode(const QImage &image)
{
    using namespace zbar; // zbar.h declares its C API in namespace zbar for C++
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int width = grey.width();
    const int height = grey.height();
    QByteArray pixels(qsizetype(width) * height, Qt::Uninitialized);
    for (int y = 0; y < height; ++y)
        std::memcpy(pixels.data() + qsizetype(y) * width, grey.constScanLine(y), size_t(width));

    const std::unique_ptr<zbar_image_scanner_t, decltype(&zbar_image_scanner_destroy)> scanner(
        zbar_image_scanner_create(), &zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    // zbar_image_destroy would also free the data: the buffer stays ours (no cleanup handler).
    const std::unique_ptr<zbar_image_t, decltype(&zbar_image_destroy)> frame(zbar_image_create(), &zbar_image_destroy);
    zbar_image_set_format(frame.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(frame.get(), static_cast<unsigned>(width), static_cast<unsigned>(height));
    zbar_image_set_data(frame.get(), pixels.constData(), static_cast<unsigned long>(pixels.size()), nullptr);

    QList<QByteArray> found;
    if (zbar_scan_image(scanner.get(), frame.get()) <= 0)
        return found;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(frame.get()); symbol;
         symbol = zbar_symbol_next(symbol)) {
        if (zbar_symbol_get_type(symbol) == ZBAR_QRCODE)
            found << QByteArray(zbar_symbol_get_data(symbol),
                                static_cast<qsizetype>(zbar_symbol_get_data_length(symbol)));
    }
    return found;
}

} // namespace mc::ui
