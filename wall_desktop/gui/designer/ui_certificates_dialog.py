"""Compiled from ui/certificates_dialog.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificates_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

from wall_desktop.gui.record_table import RecordTable

class Ui_CertificatesDialog(object):
    def setupUi(self, certificates_dialog):
        if not certificates_dialog.objectName():
            certificates_dialog.setObjectName(u"certificates_dialog")
        certificates_dialog.resize(1000, 680)
        self.outer = QVBoxLayout(certificates_dialog)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.scope_label = QLabel(certificates_dialog)
        self.scope_label.setObjectName(u"scope_label")

        self.top.addWidget(self.scope_label)

        self.scope = QComboBox(certificates_dialog)
        self.scope.setObjectName(u"scope")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scope.sizePolicy().hasHeightForWidth())
        self.scope.setSizePolicy(sizePolicy)

        self.top.addWidget(self.scope)

        self.key_button = QPushButton(certificates_dialog)
        self.key_button.setObjectName(u"key_button")

        self.top.addWidget(self.key_button)

        self.logos_button = QPushButton(certificates_dialog)
        self.logos_button.setObjectName(u"logos_button")

        self.top.addWidget(self.logos_button)


        self.outer.addLayout(self.top)

        self.key_note = QLabel(certificates_dialog)
        self.key_note.setObjectName(u"key_note")
        self.key_note.setVisible(False)
        self.key_note.setStyleSheet(u"background: #fff4e5; color: #7a4100; padding: 6px; border-radius: 4px;")
        self.key_note.setWordWrap(True)

        self.outer.addWidget(self.key_note)

        self.certificates_splitter = QSplitter(certificates_dialog)
        self.certificates_splitter.setObjectName(u"certificates_splitter")
        self.certificates_splitter.setOrientation(Qt.Orientation.Vertical)
        self.certificates_splitter.setChildrenCollapsible(False)
        self.pending_box = QGroupBox(self.certificates_splitter)
        self.pending_box.setObjectName(u"pending_box")
        self.pending_layout = QVBoxLayout(self.pending_box)
        self.pending_layout.setObjectName(u"pending_layout")
        self.pending = RecordTable(self.pending_box)
        self.pending.setObjectName(u"pending")

        self.pending_layout.addWidget(self.pending)

        self.pending_bar = QHBoxLayout()
        self.pending_bar.setObjectName(u"pending_bar")
        self.hint = QLabel(self.pending_box)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.hint.sizePolicy().hasHeightForWidth())
        self.hint.setSizePolicy(sizePolicy1)

        self.pending_bar.addWidget(self.hint)

        self.issue_button = QPushButton(self.pending_box)
        self.issue_button.setObjectName(u"issue_button")

        self.pending_bar.addWidget(self.issue_button)


        self.pending_layout.addLayout(self.pending_bar)

        self.certificates_splitter.addWidget(self.pending_box)
        self.register_box = QGroupBox(self.certificates_splitter)
        self.register_box.setObjectName(u"register_box")
        self.register_layout = QVBoxLayout(self.register_box)
        self.register_layout.setObjectName(u"register_layout")
        self.register = RecordTable(self.register_box)
        self.register.setObjectName(u"register")

        self.register_layout.addWidget(self.register)

        self.register_bar = QHBoxLayout()
        self.register_bar.setObjectName(u"register_bar")
        self.preview_button = QPushButton(self.register_box)
        self.preview_button.setObjectName(u"preview_button")

        self.register_bar.addWidget(self.preview_button)

        self.save_button = QPushButton(self.register_box)
        self.save_button.setObjectName(u"save_button")

        self.register_bar.addWidget(self.save_button)

        self.per_person_button = QPushButton(self.register_box)
        self.per_person_button.setObjectName(u"per_person_button")

        self.register_bar.addWidget(self.per_person_button)

        self.revoke_button = QPushButton(self.register_box)
        self.revoke_button.setObjectName(u"revoke_button")

        self.register_bar.addWidget(self.revoke_button)

        self.register_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.register_bar.addItem(self.register_spacer)


        self.register_layout.addLayout(self.register_bar)

        self.certificates_splitter.addWidget(self.register_box)

        self.outer.addWidget(self.certificates_splitter)

        self.status = QLabel(certificates_dialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.outer.addWidget(self.status)

        self.buttons = QDialogButtonBox(certificates_dialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope, self.key_button)
        QWidget.setTabOrder(self.key_button, self.logos_button)
        QWidget.setTabOrder(self.logos_button, self.pending)
        QWidget.setTabOrder(self.pending, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.register)
        QWidget.setTabOrder(self.register, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.per_person_button)
        QWidget.setTabOrder(self.per_person_button, self.revoke_button)
        QWidget.setTabOrder(self.revoke_button, self.buttons)

        self.retranslateUi(certificates_dialog)

        QMetaObject.connectSlotsByName(certificates_dialog)
    # setupUi

    def retranslateUi(self, certificates_dialog):
        certificates_dialog.setWindowTitle(QCoreApplication.translate("CertificatesDialog", u"Leader certificates", None))
        self.scope_label.setText(QCoreApplication.translate("CertificatesDialog", u"&For:", None))
        self.key_button.setText(QCoreApplication.translate("CertificatesDialog", u"Create signing &key\u2026", None))
        self.logos_button.setText(QCoreApplication.translate("CertificatesDialog", u"&Logos\u2026", None))
#if QT_CONFIG(tooltip)
        self.logos_button.setToolTip(QCoreApplication.translate("CertificatesDialog", u"The logos printed on the programme's certificates", None))
#endif // QT_CONFIG(tooltip)
        self.pending_box.setTitle(QCoreApplication.translate("CertificatesDialog", u"Eligible, without a certificate yet", None))
        self.hint.setText(QCoreApplication.translate("CertificatesDialog", u"Select some people, or none to issue to everyone listed.", None))
        self.issue_button.setText(QCoreApplication.translate("CertificatesDialog", u"&Issue certificates\u2026", None))
        self.register_box.setTitle(QCoreApplication.translate("CertificatesDialog", u"Register of issued certificates", None))
        self.preview_button.setText(QCoreApplication.translate("CertificatesDialog", u"Pre&view and print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("CertificatesDialog", u"&Save as one PDF\u2026", None))
        self.per_person_button.setText(QCoreApplication.translate("CertificatesDialog", u"Save a &file per person\u2026", None))
        self.revoke_button.setText(QCoreApplication.translate("CertificatesDialog", u"&Revoke\u2026", None))
    # retranslateUi

