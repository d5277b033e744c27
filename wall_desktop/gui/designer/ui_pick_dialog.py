"""Compiled from ui/pick_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pick_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PickDialog(object):
    def setupUi(self, pick_dialog):
        if not pick_dialog.objectName():
            pick_dialog.setObjectName(u"pick_dialog")
        pick_dialog.resize(520, 460)
        self.outer = QVBoxLayout(pick_dialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.group_label = QLabel(pick_dialog)
        self.group_label.setObjectName(u"group_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group = QComboBox(pick_dialog)
        self.group.setObjectName(u"group")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.group)

        self.search_label = QLabel(pick_dialog)
        self.search_label.setObjectName(u"search_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.search_label)

        self.search = QLineEdit(pick_dialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.search)


        self.outer.addLayout(self.form)

        self.items_label = QLabel(pick_dialog)
        self.items_label.setObjectName(u"items_label")

        self.outer.addWidget(self.items_label)

        self.items = QListWidget(pick_dialog)
        self.items.setObjectName(u"items")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.items.sizePolicy().hasHeightForWidth())
        self.items.setSizePolicy(sizePolicy)

        self.outer.addWidget(self.items)

        self.error = QLabel(pick_dialog)
        self.error.setObjectName(u"error")
        self.error.setVisible(False)
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(pick_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
        self.items_label.setBuddy(self.items)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.group, self.search)
        QWidget.setTabOrder(self.search, self.items)
        QWidget.setTabOrder(self.items, self.buttons)

        self.retranslateUi(pick_dialog)

        QMetaObject.connectSlotsByName(pick_dialog)
    # setupUi

    def retranslateUi(self, pick_dialog):
        self.search_label.setText(QCoreApplication.translate("PickDialog", u"&Find", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PickDialog", u"Type to narrow the list", None))
        pass
    # retranslateUi

