; The Windows installer of 要点 (Yaodian), built by scripts/dist with
; makensis: the window program yaodian-gui.exe and the console program
; yaodian.exe (the command line), a Start-menu entry and the .yaodian file
; association, both opening the window directly, and an uninstaller that
; removes all of them.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "VERSION is set by scripts/dist"
!endif

Name "要点 ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Yaodian"
InstallDirRegKey HKLM "Software\Yaodian" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "yaodian.ico"
!define MUI_UNICON "yaodian.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "要点"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "要点安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Yaodian"

!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Yaodian"

Section "要点"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "yaodian-gui.exe"
  File "yaodian.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\要点.lnk" "$INSTDIR\yaodian-gui.exe"

  WriteRegStr HKLM "Software\Yaodian" "InstallDir" "$INSTDIR"
  WriteRegStr HKCR ".yaodian" "" "Yaodian.Plan"
  WriteRegStr HKCR "Yaodian.Plan" "" "要点文档"
  WriteRegStr HKCR "Yaodian.Plan\DefaultIcon" "" "$INSTDIR\yaodian-gui.exe,0"
  WriteRegStr HKCR "Yaodian.Plan\shell\open\command" "" '"$INSTDIR\yaodian-gui.exe" "%1"'

  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "要点"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Yaodian"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\yaodian-gui.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ; Tell Explorer the association changed.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\要点.lnk"
  Delete "$INSTDIR\yaodian-gui.exe"
  Delete "$INSTDIR\yaodian.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ReadRegStr $0 HKCR ".yaodian" ""
  StrCmp $0 "Yaodian.Plan" 0 +2
    DeleteRegKey HKCR ".yaodian"
  DeleteRegKey HKCR "Yaodian.Plan"
  DeleteRegKey HKLM "Software\Yaodian"
  DeleteRegKey HKLM "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
