; Inno Setup script for guiapp on Windows (not runnable on the Linux build machine).
; Build: packaging\windows\build.bat, then compile this file with Inno Setup 6 (ISCC.exe).
; Installs for all users when run as administrator, or for the current user otherwise.

#define AppVersion "0.1.0"

[Setup]
AppId={{6C1F3B9E-5D0A-4B8E-9F45-2A7C9E1D4B10}
AppName=guiapp
AppVersion={#AppVersion}
AppPublisher=guiapp
DefaultDirName={autopf}\guiapp
DefaultGroupName=guiapp
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir=..\..\dist
OutputBaseFilename=guiapp-{#AppVersion}-windows-setup
Compression=lzma2/ultra64
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
; the PyInstaller one-folder bundle made by build.bat
Source: "..\..\build\pyinstaller\dist\guiapp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
; an optional teacher settings file placed next to this script before compiling
Source: "guiapp-teacher.ini"; DestDir: "{app}"; Flags: skipifsourcedoesntexist

[Icons]
Name: "{group}\guiapp"; Filename: "{app}\guiapp.exe"
Name: "{autodesktop}\guiapp"; Filename: "{app}\guiapp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"

[Run]
Filename: "{app}\guiapp.exe"; Parameters: "--smoke"; Flags: runhidden; StatusMsg: "Checking guiapp…"
Filename: "{app}\guiapp.exe"; Description: "{cm:LaunchProgram,guiapp}"; Flags: nowait postinstall skipifsilent
