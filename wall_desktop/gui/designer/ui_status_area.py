"""Compiled from ui/status_area.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_area.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QProgressBar, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_StatusArea(object):
    def setupUi(self, StatusArea):
        if not StatusArea.objectName():
            StatusArea.setObjectName(u"StatusArea")
        self.box = QVBoxLayout(StatusArea)
        self.box.setObjectName(u"box")
        self.box.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(StatusArea)
        self.status.setObjectName(u"status")
        self.status.setVisible(False)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.box.addWidget(self.status)

        self.progress = QProgressBar(StatusArea)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)
        self.progress.setMaximumSize(QSize(16777215, 14))
        self.progress.setTextVisible(False)

        self.box.addWidget(self.progress)


        self.retranslateUi(StatusArea)

        QMetaObject.connectSlotsByName(StatusArea)
    # setupUi

    def retranslateUi(self, StatusArea):
        pass
    # retranslateUi

