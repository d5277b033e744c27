"""Compiled from ui/image_viewer.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'image_viewer.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ImageViewer(object):
    def setupUi(self, image_viewer):
        if not image_viewer.objectName():
            image_viewer.setObjectName(u"image_viewer")
        image_viewer.resize(900, 680)
        self.outer = QVBoxLayout(image_viewer)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(image_viewer)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(False)
        self.image = QLabel()
        self.image.setObjectName(u"image")
        self.scroll.setWidget(self.image)

        self.outer.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(image_viewer)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(image_viewer)

        QMetaObject.connectSlotsByName(image_viewer)
    # setupUi

    def retranslateUi(self, image_viewer):
        pass
    # retranslateUi

