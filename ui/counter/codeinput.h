// The counter's one input: what a scanner types (code + Enter), a pasted code, or an image
// file dropped on it (a QR code to read). Large type, so the code can be read across the till.
#pragma once

#include <QLineEdit>

namespace mc::ui {

class CodeInput final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeInput)

public:
    explicit CodeInput(QWidget *parent = nullptr);
    ~CodeInput() override;

    // The code as typed or pasted, without the spaces and line breaks that come with a paste.
    QByteArray code() const;

Q_SIGNALS:
    // A local image file was dropped on the input.
    void imageFileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace mc::ui
