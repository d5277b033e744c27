"""Compiled from ui/import_preview_page.ui by tools/compile_ui.py: edit the .ui, not this."""
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

from wall_desktop.gui.import_wizard import StatusArea

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        self.box = QVBoxLayout(ImportPreviewPage)
        self.box.setObjectName(u"box")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.counts = QLabel(ImportPreviewPage)
        self.counts.setObjectName(u"counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)

        self.top.addWidget(self.counts)

        self.show_label = QLabel(ImportPreviewPage)
        self.show_label.setObjectName(u"show_label")

        self.top.addWidget(self.show_label)

        self.show = QComboBox(ImportPreviewPage)
        self.show.addItem("")
        self.show.addItem("")
        self.show.addItem("")
        self.show.addItem("")
        self.show.setObjectName(u"show")

        self.top.addWidget(self.show)

        self.top.setStretch(0, 1)

        self.box.addLayout(self.top)

        self.preview_rows = QTableView(ImportPreviewPage)
        self.preview_rows.setObjectName(u"preview_rows")
        self.preview_rows.setTabKeyNavigation(False)
        self.preview_rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_rows.setAlternatingRowColors(True)
        self.preview_rows.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.preview_rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_rows.setWordWrap(False)
        self.preview_rows.horizontalHeader().setStretchLastSection(True)
        self.preview_rows.verticalHeader().setVisible(False)
        self.preview_rows.verticalHeader().setDefaultSectionSize(22)

        self.box.addWidget(self.preview_rows)

        self.truncated = QLabel(ImportPreviewPage)
        self.truncated.setObjectName(u"truncated")
        self.truncated.setVisible(False)
        self.truncated.setStyleSheet(u"color: #555;")

        self.box.addWidget(self.truncated)

        self.choices = QHBoxLayout()
        self.choices.setObjectName(u"choices")
        self.duplicates_group = QGroupBox(ImportPreviewPage)
        self.duplicates_group.setObjectName(u"duplicates_group")
        self.duplicates_box = QVBoxLayout(self.duplicates_group)
        self.duplicates_box.setObjectName(u"duplicates_box")
        self.all_row = QHBoxLayout()
        self.all_row.setObjectName(u"all_row")
        self.skip_all = QRadioButton(self.duplicates_group)
        self.all_group = QButtonGroup(ImportPreviewPage)
        self.all_group.setObjectName(u"all_group")
        self.all_group.addButton(self.skip_all)
        self.skip_all.setObjectName(u"skip_all")
        self.skip_all.setChecked(True)

        self.all_row.addWidget(self.skip_all)

        self.update_all = QRadioButton(self.duplicates_group)
        self.all_group.addButton(self.update_all)
        self.update_all.setObjectName(u"update_all")

        self.all_row.addWidget(self.update_all)

        self.all_row_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.all_row.addItem(self.all_row_end)


        self.duplicates_box.addLayout(self.all_row)

        self.selected_row = QHBoxLayout()
        self.selected_row.setObjectName(u"selected_row")
        self.skip_selected = QPushButton(self.duplicates_group)
        self.skip_selected.setObjectName(u"skip_selected")

        self.selected_row.addWidget(self.skip_selected)

        self.update_selected = QPushButton(self.duplicates_group)
        self.update_selected.setObjectName(u"update_selected")

        self.selected_row.addWidget(self.update_selected)

        self.selected_row_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selected_row.addItem(self.selected_row_end)


        self.duplicates_box.addLayout(self.selected_row)


        self.choices.addWidget(self.duplicates_group)

        self.neighbourhoods_group = QGroupBox(ImportPreviewPage)
        self.neighbourhoods_group.setObjectName(u"neighbourhoods_group")
        self.neighbourhoods_box = QVBoxLayout(self.neighbourhoods_group)
        self.neighbourhoods_box.setObjectName(u"neighbourhoods_box")
        self.neighbourhoods = QLabel(self.neighbourhoods_group)
        self.neighbourhoods.setObjectName(u"neighbourhoods")
        self.neighbourhoods.setWordWrap(True)

        self.neighbourhoods_box.addWidget(self.neighbourhoods)

        self.create_neighbourhoods = QCheckBox(self.neighbourhoods_group)
        self.create_neighbourhoods.setObjectName(u"create_neighbourhoods")

        self.neighbourhoods_box.addWidget(self.create_neighbourhoods)


        self.choices.addWidget(self.neighbourhoods_group)

        self.valid_only_group = QGroupBox(ImportPreviewPage)
        self.valid_only_group.setObjectName(u"valid_only_group")
        self.valid_only_box = QVBoxLayout(self.valid_only_group)
        self.valid_only_box.setObjectName(u"valid_only_box")
        self.valid_only_row = QHBoxLayout()
        self.valid_only_row.setObjectName(u"valid_only_row")
        self.valid_only = QCheckBox(self.valid_only_group)
        self.valid_only.setObjectName(u"valid_only")

        self.valid_only_row.addWidget(self.valid_only)

        self.report_button = QPushButton(self.valid_only_group)
        self.report_button.setObjectName(u"report_button")

        self.valid_only_row.addWidget(self.report_button)

        self.valid_only_row.setStretch(0, 1)

        self.valid_only_box.addLayout(self.valid_only_row)

        self.report_path = QLabel(self.valid_only_group)
        self.report_path.setObjectName(u"report_path")
        self.report_path.setStyleSheet(u"color: #555;")
        self.report_path.setWordWrap(True)

        self.valid_only_box.addWidget(self.report_path)


        self.choices.addWidget(self.valid_only_group)

        self.choices.setStretch(0, 3)
        self.choices.setStretch(1, 2)
        self.choices.setStretch(2, 3)

        self.box.addLayout(self.choices)

        self.status = StatusArea(ImportPreviewPage)
        self.status.setObjectName(u"status")

        self.box.addWidget(self.status)

        self.box.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.show_label.setBuddy(self.show)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.show, self.preview_rows)
        QWidget.setTabOrder(self.preview_rows, self.skip_all)
        QWidget.setTabOrder(self.skip_all, self.update_all)
        QWidget.setTabOrder(self.update_all, self.skip_selected)
        QWidget.setTabOrder(self.skip_selected, self.update_selected)
        QWidget.setTabOrder(self.update_selected, self.create_neighbourhoods)
        QWidget.setTabOrder(self.create_neighbourhoods, self.valid_only)
        QWidget.setTabOrder(self.valid_only, self.report_button)

        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Preview: what the import will do", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Nothing has been written yet. Check the rows, then choose Import.", None))
        self.show_label.setText(QCoreApplication.translate("ImportPreviewPage", u"S&how:", None))
        self.show.setItemText(0, QCoreApplication.translate("ImportPreviewPage", u"all rows", None))
        self.show.setItemText(1, QCoreApplication.translate("ImportPreviewPage", u"errors and duplicates", None))
        self.show.setItemText(2, QCoreApplication.translate("ImportPreviewPage", u"records already there", None))
        self.show.setItemText(3, QCoreApplication.translate("ImportPreviewPage", u"new rows", None))

        self.duplicates_group.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Records already in the database", None))
        self.skip_all.setText(QCoreApplication.translate("ImportPreviewPage", u"&Skip them", None))
        self.update_all.setText(QCoreApplication.translate("ImportPreviewPage", u"&Update them from the file", None))
        self.skip_selected.setText(QCoreApplication.translate("ImportPreviewPage", u"Skip the selected", None))
        self.update_selected.setText(QCoreApplication.translate("ImportPreviewPage", u"Update the selected", None))
        self.neighbourhoods_group.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Neighbourhoods", None))
        self.create_neighbourhoods.setText(QCoreApplication.translate("ImportPreviewPage", u"&Create the missing ones", None))
        self.valid_only_group.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Rows with errors", None))
#if QT_CONFIG(tooltip)
        self.valid_only.setToolTip(QCoreApplication.translate("ImportPreviewPage", u"Unticked, nothing is imported while any row has an error. Ticked, the valid rows are imported and the others listed in a report.", None))
#endif // QT_CONFIG(tooltip)
        self.valid_only.setText(QCoreApplication.translate("ImportPreviewPage", u"Import the &valid rows only", None))
        self.report_button.setText(QCoreApplication.translate("ImportPreviewPage", u"Report &file\u2026", None))
    # retranslateUi

