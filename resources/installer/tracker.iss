; Inno Setup 6 script: Windows installer for the Diplomatic Status Tracker.
;
; Build the bundle first (on Windows, in the project folder):
;     .venv\Scripts\pyinstaller --noconfirm --clean build.spec      -> dist\tracker\
; then compile this script, passing the version from tracker\app_info.py:
;     for /f %v in ('.venv\Scripts\python -c "from tracker.app_info import __version__; print(__version__)"') do set VERSION=%v
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=%VERSION% resources\installer\tracker.iss
; Output: dist\diplomatic-status-tracker-VERSION-windows-x64-setup.exe
;
; Signed builds (see docs/packaging.md): define a sign tool named "signtool" in the Inno
; Setup IDE or on the command line, e.g.
;     ISCC.exe /DAppVersion=%VERSION% /DSign "/Ssigntool=signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" resources\installer\tracker.iss
; and sign dist\tracker\*.exe with signtool before compiling.
;
; The installer works without administrator rights (per-user install into
; %LOCALAPPDATA%\Programs) and offers a machine-wide install when run as administrator.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Diplomatic Status Tracker"
#define AppId "diplomatic-status-tracker"
#define Root "..\.."

[Setup]
; Never change AppId: it is how Windows recognises an upgrade of an installed version.
AppId={{E8B9BD36-95CE-40ED-9D8D-F7043B945B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\tracker.ico
UninstallDisplayIcon={app}\tracker-gui.exe
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the ""tracker"" command line to PATH"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
; The whole one-folder bundle; the Linux-only helper scripts are left out.
Source: "{#Root}\dist\tracker\*"; DestDir: "{app}"; Excludes: "install.sh,uninstall.sh"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\tracker-gui.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\tracker-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; PATH entry for the console program: the user's PATH for a per-user install, the system
; PATH for a machine-wide one.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}')) and not IsAdminInstallMode
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}')) and IsAdminInstallMode

[Run]
Filename: "{app}\tracker-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the bundle writes next to itself (none today; Python caches if ever enabled).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
function PathKey(): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathRoot(): Integer;
begin
  if IsAdminInstallMode then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

{ True unless Dir is already one of the PATH entries (compared case-insensitively). }
function NeedsAddPath(Dir: String): Boolean;
var
  Current: String;
begin
  if not RegQueryStringValue(PathRoot(), PathKey(), 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

{ On uninstall, take our folder out of PATH again, leaving every other entry alone. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Current, Dir: String;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(PathRoot(), PathKey(), 'Path', Current) then
    exit;
  Dir := ExpandConstant('{app}');
  P := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';');
  if P = 0 then
    exit;
  { P is 1-based in the padded string, so it points at the separator before Dir. }
  if P = 1 then
    Delete(Current, 1, Length(Dir) + 1)
  else
    Delete(Current, P - 1, Length(Dir) + 1);
  RegWriteExpandStringValue(PathRoot(), PathKey(), 'Path', Current);
end;
