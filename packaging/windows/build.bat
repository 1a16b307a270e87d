@echo off
rem Windows bundle (run in a "Developer" or plain cmd with Python 3.11 x64 on PATH).
rem 1. the same pinned environment as on Linux, 2. PyInstaller, 3. Inno Setup.
python -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install -c requirements.lock -e ".[package]" || exit /b 1
.venv\Scripts\python -m PyInstaller --noconfirm --distpath build\pyinstaller\dist --workpath build\pyinstaller\work packaging\guiapp.spec || exit /b 1
build\pyinstaller\dist\guiapp\guiapp.exe --smoke || exit /b 1
"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\guiapp.iss || exit /b 1
echo Installer in dist\
