# Build the Windows bundle dist\brobygger\ (brobygger.exe, the window, and brobygger-cli.exe,
# the command line) and prove it works: the frozen app's selftest must pass, or the build
# fails.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [-Archive]
#
# -Archive      also write dist\brobygger-<version>-windows-x64.zip
# Environment:  BROBYGGER_BUILD_VENV (default .venv, created if missing), BROBYGGER_DIST_DIR
#               (default dist), BROBYGGER_WORK_DIR (default build\pyinstaller), PYINSTALLER
#               (pip requirement), PYTHON (the Python 3.11+ to create the venv with)
param([switch]$Archive)
$ErrorActionPreference = 'Stop'

$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
function Env-Or([string]$Name, [string]$Default) {
    $value = [Environment]::GetEnvironmentVariable($Name)
    if ($value) { $value } else { $Default }
}
$Venv = Env-Or 'BROBYGGER_BUILD_VENV' (Join-Path $Root '.venv')
$Dist = Env-Or 'BROBYGGER_DIST_DIR' (Join-Path $Root 'dist')
$Work = Env-Or 'BROBYGGER_WORK_DIR' (Join-Path $Root 'build\pyinstaller')
$PyInstaller = Env-Or 'PYINSTALLER' 'pyinstaller>=6.10,<7'
$Python = Env-Or 'PYTHON' 'python'
$Py = Join-Path $Venv 'Scripts\python.exe'
$Started = Get-Date

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

if (-not (Test-Path $Py)) {
    Write-Host "== Creating $Venv"
    Invoke-Checked $Python @('-m', 'venv', $Venv)
    Invoke-Checked $Py @('-m', 'pip', 'install', '--quiet', '--upgrade', 'pip')
}
# The app reads its version from the installed metadata: it must match pyproject.toml.
$ErrorActionPreference = 'Continue'  # stderr of a native command is not an error here
& $Py packaging\buildinfo.py check 2>&1 | Out-Null
$Stale = $LASTEXITCODE -ne 0
$ErrorActionPreference = 'Stop'
if ($Stale) {
    Write-Host "== Installing Brobygger into $Venv"
    Invoke-Checked $Py @('-m', 'pip', 'install', '--quiet', '-e', $Root)
    Invoke-Checked $Py @('packaging\buildinfo.py', 'check')
}
$Version = (& $Py packaging\buildinfo.py version).Trim()
Write-Host "== PyInstaller ($PyInstaller)"
Invoke-Checked $Py @('-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', $PyInstaller)

Write-Host "== Building Brobygger $Version"
Invoke-Checked $Py @('-m', 'PyInstaller', '--noconfirm', '--log-level', 'WARN',
    '--distpath', $Dist, '--workpath', $Work, 'packaging\brobygger.spec')
$Bundle = Join-Path $Dist 'brobygger'

Write-Host '== Selftest of the frozen app'
# From an empty directory: only the bundle counts. brobygger-cli.exe prints the report;
# brobygger.exe has no console, so it writes the report to %TEMP%\brobygger-selftest.txt.
$Check = Join-Path ([IO.Path]::GetTempPath()) ('brobygger-check-' + [guid]::NewGuid())
New-Item -ItemType Directory -Path $Check | Out-Null
Push-Location $Check
try {
    Remove-Item Env:PYTHONPATH -ErrorAction SilentlyContinue
    Invoke-Checked (Join-Path $Bundle 'brobygger-cli.exe') @('selftest')
    $gui = Start-Process -FilePath (Join-Path $Bundle 'brobygger.exe') -ArgumentList '--selftest' `
        -Wait -PassThru
    if ($gui.ExitCode -ne 0) {
        Get-Content (Join-Path ([IO.Path]::GetTempPath()) 'brobygger-selftest.txt')
        throw "brobygger.exe --selftest failed (exit $($gui.ExitCode))"
    }
    Write-Host 'brobygger.exe --selftest: ok'
} finally {
    Pop-Location
    Remove-Item -Recurse -Force $Check
}

if ($Archive) {
    $Zip = Join-Path $Dist "brobygger-$Version-windows-x64.zip"
    Compress-Archive -Path $Bundle -DestinationPath $Zip -Force
    Write-Host $Zip
}
$Seconds = [int]((Get-Date) - $Started).TotalSeconds
Write-Host "Built $Bundle in $Seconds s; selftest passed."
