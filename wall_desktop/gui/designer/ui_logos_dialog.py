"""Compiled from ui/logos_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logos_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LogosDialog(object):
    def setupUi(self, logos_dialog):
        if not logos_dialog.objectName():
            logos_dialog.setObjectName(u"logos_dialog")
        logos_dialog.resize(620, 420)
        self.outer = QVBoxLayout(logos_dialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(logos_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.logos = QListWidget(logos_dialog)
        self.logos.setObjectName(u"logos")
        self.logos.setIconSize(QSize(160, 64))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.logos.sizePolicy().hasHeightForWidth())
        self.logos.setSizePolicy(sizePolicy)

        self.middle.addWidget(self.logos)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.add_button = QPushButton(logos_dialog)
        self.add_button.setObjectName(u"add_button")

        self.side.addWidget(self.add_button)

        self.remove_button = QPushButton(logos_dialog)
        self.remove_button.setObjectName(u"remove_button")

        self.side.addWidget(self.remove_button)

        self.left_button = QPushButton(logos_dialog)
        self.left_button.setObjectName(u"left_button")

        self.side.addWidget(self.left_button)

        self.right_button = QPushButton(logos_dialog)
        self.right_button.setObjectName(u"right_button")

        self.side.addWidget(self.right_button)

        self.side_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side.addItem(self.side_spacer)


        self.middle.addLayout(self.side)


        self.outer.addLayout(self.middle)

        self.error = QLabel(logos_dialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(logos_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        QWidget.setTabOrder(self.logos, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.left_button)
        QWidget.setTabOrder(self.left_button, self.right_button)
        QWidget.setTabOrder(self.right_button, self.buttons)

        self.retranslateUi(logos_dialog)

        QMetaObject.connectSlotsByName(logos_dialog)
    # setupUi

    def retranslateUi(self, logos_dialog):
        logos_dialog.setWindowTitle(QCoreApplication.translate("LogosDialog", u"Logos on the certificates", None))
        self.intro.setText(QCoreApplication.translate("LogosDialog", u"These logos are printed in a row at the bottom of every certificate of the programme, left to right in this order. PNG or JPEG files, up to 2 MB each.", None))
        self.add_button.setText(QCoreApplication.translate("LogosDialog", u"&Add\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("LogosDialog", u"&Remove\u2026", None))
        self.left_button.setText(QCoreApplication.translate("LogosDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.left_button.setToolTip(QCoreApplication.translate("LogosDialog", u"Print this logo further left", None))
#endif // QT_CONFIG(tooltip)
        self.right_button.setText(QCoreApplication.translate("LogosDialog", u"Move &down", None))
#if QT_CONFIG(tooltip)
        self.right_button.setToolTip(QCoreApplication.translate("LogosDialog", u"Print this logo further right", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

