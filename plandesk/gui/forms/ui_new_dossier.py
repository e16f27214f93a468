# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_dossier.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_NewDossierDialog(object):
    def setupUi(self, NewDossierDialog):
        if not NewDossierDialog.objectName():
            NewDossierDialog.setObjectName(u"NewDossierDialog")
        NewDossierDialog.resize(520, 380)
        self.verticalLayout = QVBoxLayout(NewDossierDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(NewDossierDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.communeLabel = QLabel(NewDossierDialog)
        self.communeLabel.setObjectName(u"communeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.communeEdit = QLineEdit(NewDossierDialog)
        self.communeEdit.setObjectName(u"communeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.communeEdit)

        self.codeLabel = QLabel(NewDossierDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(NewDossierDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.districtLabel = QLabel(NewDossierDialog)
        self.districtLabel.setObjectName(u"districtLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtEdit = QLineEdit(NewDossierDialog)
        self.districtEdit.setObjectName(u"districtEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.provinceLabel = QLabel(NewDossierDialog)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceEdit = QLineEdit(NewDossierDialog)
        self.provinceEdit.setObjectName(u"provinceEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceEdit)

        self.approvingLabel = QLabel(NewDossierDialog)
        self.approvingLabel.setObjectName(u"approvingLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approvingLabel)

        self.approvingEdit = QLineEdit(NewDossierDialog)
        self.approvingEdit.setObjectName(u"approvingEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approvingEdit)

        self.yearLabel = QLabel(NewDossierDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(NewDossierDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.frameworkLabel = QLabel(NewDossierDialog)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.frameworkLabel)

        self.frameworkCombo = QComboBox(NewDossierDialog)
        self.frameworkCombo.setObjectName(u"frameworkCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.frameworkCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(NewDossierDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewDossierDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.communeLabel.setBuddy(self.communeEdit)
        self.codeLabel.setBuddy(self.codeEdit)
        self.districtLabel.setBuddy(self.districtEdit)
        self.provinceLabel.setBuddy(self.provinceEdit)
        self.approvingLabel.setBuddy(self.approvingEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.frameworkLabel.setBuddy(self.frameworkCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.communeEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.provinceEdit)
        QWidget.setTabOrder(self.provinceEdit, self.approvingEdit)
        QWidget.setTabOrder(self.approvingEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.frameworkCombo)

        self.retranslateUi(NewDossierDialog)

        QMetaObject.connectSlotsByName(NewDossierDialog)
    # setupUi

    def retranslateUi(self, NewDossierDialog):
        NewDossierDialog.setWindowTitle(QCoreApplication.translate("NewDossierDialog", u"T\u1ea1o h\u1ed3 s\u01a1 m\u1edbi", None))
        self.introLabel.setText(QCoreApplication.translate("NewDossierDialog", u"Nh\u1eadp th\u00f4ng tin c\u1ee7a x\u00e3 v\u00e0 n\u0103m x\u00e2y d\u1ef1ng x\u00e3 \u0111i\u1ec3n h\u00ecnh. C\u00f3 th\u1ec3 s\u1eeda l\u1ea1i sau \u1edf th\u1ebb Thi\u1ebft l\u1eadp.", None))
        self.communeLabel.setText(QCoreApplication.translate("NewDossierDialog", u"T\u00ean &x\u00e3:", None))
        self.communeEdit.setPlaceholderText(QCoreApplication.translate("NewDossierDialog", u"v\u00ed d\u1ee5: Thanh M\u1ef9", None))
        self.codeLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&M\u00e3 \u0111\u01a1n v\u1ecb h\u00e0nh ch\u00ednh:", None))
        self.districtLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&Huy\u1ec7n (n\u1ebfu c\u00f3):", None))
        self.districtEdit.setPlaceholderText(QCoreApplication.translate("NewDossierDialog", u"v\u00ed d\u1ee5: huy\u1ec7n Th\u00e1p M\u01b0\u1eddi", None))
        self.provinceLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&T\u1ec9nh:", None))
        self.provinceEdit.setPlaceholderText(QCoreApplication.translate("NewDossierDialog", u"v\u00ed d\u1ee5: t\u1ec9nh \u0110\u1ed3ng Th\u00e1p", None))
        self.approvingLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&C\u01a1 quan x\u00e9t c\u00f4ng nh\u1eadn:", None))
        self.approvingEdit.setPlaceholderText(QCoreApplication.translate("NewDossierDialog", u"v\u00ed d\u1ee5: Ban Ch\u1ec9 \u0111\u1ea1o 138 huy\u1ec7n Th\u00e1p M\u01b0\u1eddi", None))
        self.yearLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&N\u0103m:", None))
        self.frameworkLabel.setText(QCoreApplication.translate("NewDossierDialog", u"&B\u1ed9 ti\u00eau ch\u00ed:", None))
    # retranslateUi

