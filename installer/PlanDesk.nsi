; PlanDesk's Windows installer (NSIS 3, Unicode). Built on Linux by scripts/windows/run.sh:
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DDIST=…/dist/PlanDesk -DOUTFILE=…/PlanDesk-0.1.0-Setup.exe PlanDesk.nsi
;
; - Vietnamese by default, English selectable (the language dialog at start; remembered);
; - for the current user, without administrator rights: %LOCALAPPDATA%\Programs\PlanDesk;
; - Start-menu and desktop shortcuts; the .plandesk file type opens in PlanDesk (import preview);
; - Windows 10 1809 (build 17763) or newer, 64-bit: what Qt 6 needs; refused otherwise;
; - the uninstaller removes the program and keeps the user's data (workspaces, evidence,
;   backups in %LOCALAPPDATA%\PlanDesk) unless "Xóa cả dữ liệu" is ticked, or /REMOVEDATA given;
; - silent: Setup.exe /S [/D=folder]; uninstall.exe /S [/REMOVEDATA].

Unicode true
; a 64-bit installer for a 64-bit program (also what wine64 runs in CI); on 32-bit Windows, which
; PlanDesk does not support, Windows itself refuses to start it
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
; zlib: 30 s and 84 MB for the 167 MB bundle; solid LZMA makes it 66 MB but takes 5 minutes of CI
SetCompressor zlib

!ifndef VERSION | VERSION4 | DIST | OUTFILE
  !error "makensis -DVERSION=… -DVERSION4=a.b.c.d -DDIST=folder -DOUTFILE=file PlanDesk.nsi"
!endif
!define APP "PlanDesk"
!define PROGID "PlanDesk.GoiHoSo"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define MIN_BUILD 17763  ; Windows 10 1809

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WinVer.nsh
!include x64.nsh

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1066 "ProductName" "${APP}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${APP} ${VERSION} — hồ sơ xã điển hình về phong trào toàn dân bảo vệ ANTQ"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "${APP}"
VIAddVersionKey /LANG=1066 "OriginalFilename" "${APP}-${VERSION}-Setup.exe"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}\Installer"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\PlanDesk.exe"
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; the first language is the default (also for /S)
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString OldWindows ${LANG_VIETNAMESE} "${APP} cần Windows 10 phiên bản 1809 trở lên, bản 64-bit (Qt 6 không chạy trên Windows cũ hơn). Máy này không đủ điều kiện nên chưa cài gì."
LangString OldWindows ${LANG_ENGLISH} "${APP} needs 64-bit Windows 10 version 1809 or newer (Qt 6 does not run on older Windows). Nothing was installed."
LangString PackageType ${LANG_VIETNAMESE} "Gói hồ sơ PlanDesk"
LangString PackageType ${LANG_ENGLISH} "PlanDesk dossier package"
LangString SecProgram ${LANG_VIETNAMESE} "Chương trình ${APP}"
LangString SecProgram ${LANG_ENGLISH} "${APP} program"
LangString SecData ${LANG_VIETNAMESE} "Xóa cả dữ liệu (hồ sơ, minh chứng, bản sao lưu trong $LOCALAPPDATA\${APP}; không lấy lại được)"
LangString SecData ${LANG_ENGLISH} "Also delete the data (dossiers, evidence, backups in $LOCALAPPDATA\${APP}; cannot be undone)"

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(OldWindows)" /SD IDOK
    Abort
  ${EndIf}
  ${WinVerGetBuild} $0
  ${IfNot} ${AtLeastWin10}
  ${OrIf} $0 < ${MIN_BUILD}
    MessageBox MB_ICONSTOP "$(OldWindows)" /SD IDOK
    Abort
  ${EndIf}
  ; Vietnamese unless chosen otherwise (in the dialog, or remembered from an earlier install),
  ; whatever the language of Windows itself
  StrCpy $LANGUAGE ${LANG_VIETNAMESE}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "!$(SecProgram)" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; an older version's libraries go first (the program folder only: never data\ of a portable use)
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\PlanDesk.exe" "" "$INSTDIR\PlanDesk.exe" 0
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\PlanDesk.exe" "" "$INSTDIR\PlanDesk.exe" 0

  ; .plandesk: double-clicking a package (on a USB stick) opens PlanDesk's import preview
  WriteRegStr HKCU "Software\Classes\.plandesk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.plandesk\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(PackageType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "FriendlyTypeName" "$(PackageType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\PlanDesk.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\PlanDesk.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\PlanDesk.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd


Section "!un.$(SecProgram)" SecUnMain
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; the program's own files only: a folder the user chose may hold other things (a portable data\)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\PlanDesk.exe"
  Delete "$INSTDIR\plandesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.plandesk" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.plandesk"
  ${Else}
    DeleteRegValue HKCU "Software\Classes\.plandesk\OpenWithProgids" "${PROGID}"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}\Installer"
  DeleteRegKey /ifempty HKCU "Software\${APP}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; not ticked unless asked: the workspaces, their evidence and backups stay for a reinstall
Section /o "un.$(SecData)" SecRemoveData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd

; after the sections: it ticks the data section for /REMOVEDATA
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecRemoveData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
