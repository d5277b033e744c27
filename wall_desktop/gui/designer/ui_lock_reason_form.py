"""Compiled from ui/lock_reason_form.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_reason_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_LockReasonForm(object):
    def setupUi(self, LockReasonForm):
        if not LockReasonForm.objectName():
            LockReasonForm.setObjectName(u"LockReasonForm")
        self.form = QFormLayout(LockReasonForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(LockReasonForm)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.intro)

        self.reason_label = QLabel(LockReasonForm)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason = QPlainTextEdit(LockReasonForm)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 80))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockReasonForm)

        QMetaObject.connectSlotsByName(LockReasonForm)
    # setupUi

    def retranslateUi(self, LockReasonForm):
        self.reason_label.setText(QCoreApplication.translate("LockReasonForm", u"&Reason", None))
        pass
    # retranslateUi

