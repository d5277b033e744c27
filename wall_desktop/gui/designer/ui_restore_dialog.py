"""Compiled from ui/restore_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, restore_dialog):
        if not restore_dialog.objectName():
            restore_dialog.setObjectName(u"restore_dialog")
        restore_dialog.resize(760, 420)
        self.outer = QVBoxLayout(restore_dialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(restore_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.middle = QHBoxLayout()
        self.middle.setObjectName(u"middle")
        self.backups = QTableWidget(restore_dialog)
        self.backups.setObjectName(u"backups")
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setColumnCount(3)
        self.backups.verticalHeader().setVisible(False)

        self.middle.addWidget(self.backups)

        self.backup_details = QLabel(restore_dialog)
        self.backup_details.setObjectName(u"backup_details")
        self.backup_details.setMinimumSize(QSize(260, 0))
        self.backup_details.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.backup_details.setWordWrap(True)

        self.middle.addWidget(self.backup_details)

        self.middle.setStretch(0, 3)
        self.middle.setStretch(1, 2)

        self.outer.addLayout(self.middle)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.other_button = QPushButton(restore_dialog)
        self.other_button.setObjectName(u"other_button")

        self.bottom.addWidget(self.other_button)

        self.bottom_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_gap)

        self.buttons = QDialogButtonBox(restore_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.bottom.addWidget(self.buttons)

        self.bottom.setStretch(1, 1)

        self.outer.addLayout(self.bottom)

        self.outer.setStretch(1, 1)
        QWidget.setTabOrder(self.backups, self.other_button)
        QWidget.setTabOrder(self.other_button, self.buttons)

        self.retranslateUi(restore_dialog)

        QMetaObject.connectSlotsByName(restore_dialog)
    # setupUi

    def retranslateUi(self, restore_dialog):
        restore_dialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"Pick the backup to go back to. It is checked before anything happens, and the database as it is now is backed up first.", None))
        self.other_button.setText(QCoreApplication.translate("RestoreDialog", u"&Other file\u2026", None))
    # retranslateUi

