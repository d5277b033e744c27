"""Compiled from ui/pdf_preview_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, pdf_preview):
        if not pdf_preview.objectName():
            pdf_preview.setObjectName(u"pdf_preview")
        pdf_preview.resize(900, 720)
        self.outer = QVBoxLayout(pdf_preview)
        self.outer.setObjectName(u"outer")
        self.pdf_view = QPdfView(pdf_preview)
        self.pdf_view.setObjectName(u"pdf_view")

        self.outer.addWidget(self.pdf_view)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.pages_label = QLabel(pdf_preview)
        self.pages_label.setObjectName(u"pages_label")

        self.bar.addWidget(self.pages_label)

        self.fit_button = QPushButton(pdf_preview)
        self.fit_button.setObjectName(u"fit_button")
        self.fit_button.setCheckable(True)

        self.bar.addWidget(self.fit_button)

        self.print_button = QPushButton(pdf_preview)
        self.print_button.setObjectName(u"print_button")

        self.bar.addWidget(self.print_button)

        self.save_button = QPushButton(pdf_preview)
        self.save_button.setObjectName(u"save_button")

        self.bar.addWidget(self.save_button)

        self.close_button = QPushButton(pdf_preview)
        self.close_button.setObjectName(u"close_button")

        self.bar.addWidget(self.close_button)

        self.bar.setStretch(0, 1)

        self.outer.addLayout(self.bar)

        self.outer.setStretch(0, 1)
        QWidget.setTabOrder(self.pdf_view, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(pdf_preview)

        self.print_button.setDefault(True)


        QMetaObject.connectSlotsByName(pdf_preview)
    # setupUi

    def retranslateUi(self, pdf_preview):
        self.fit_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Fit &width", None))
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save as PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
        pass
    # retranslateUi

