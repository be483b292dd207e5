// SPDX-License-Identifier: Apache-2.0
// Build tool: renders the application's SVG icon at one of the hicolor theme's PNG sizes
// (menus and docks that do not scale SVG pick these). Runs on the offscreen platform.
//   usage: render-icon ICON.svg SIZE OUT.png
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.value(2).toInt(&ok);
    if (args.size() != 4 || !ok || size < 8 || size > 1024) {
        QTextStream(stderr) << "usage: render-icon ICON.svg SIZE OUT.png\n";
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
    if (image.isNull() || image.size() != QSize(size, size)) {
        QTextStream(stderr) << "render-icon: cannot render " << args.at(1) << ": "
                            << reader.errorString() << '\n';
        return 1;
    }
    if (!image.save(args.at(3), "PNG")) {
        QTextStream(stderr) << "render-icon: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
