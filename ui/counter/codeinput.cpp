// CodeInput: text as a QLineEdit; a drop of a local image file becomes imageFileDropped().
#include "ui/counter/codeinput.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QImageReader>
#include <QMimeData>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mc::ui {

namespace {

// The first dropped local file whose suffix an image reader handles; empty otherwise.
QString droppedImage(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QByteArray suffix = path.section(u'.', -1).toLower().toLatin1();
        if (!path.isEmpty() && formats.contains(suffix))
            return path;
    }
    return QString();
}

} // namespace

CodeInput::CodeInput(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(u"counter.code"_s);
    setClearButtonEnabled(true);
    setAcceptDrops(true);
}

CodeInput::~CodeInput() = default;

QByteArray CodeInput::code() const
{
    QString compact = text();
    compact.remove(QRegularExpression(u"\\s"_s));
    return compact.toUtf8();
}

void CodeInput::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedImage(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QLineEdit::dragEnterEvent(event);
}

void CodeInput::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedImage(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QLineEdit::dragMoveEvent(event);
}

void CodeInput::dropEvent(QDropEvent *event)
{
    const QString image = droppedImage(event->mimeData());
    if (image.isEmpty()) {
        QLineEdit::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    Q_EMIT imageFileDropped(image);
}

} // namespace mc::ui
