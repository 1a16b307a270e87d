# Two commands do all the set-up: `make run` and `make test`.
# The virtual environment is made once; a second run skips the install
# unless pyproject.toml or requirements.lock changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations screenshots package package-test clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "guiapp needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -c requirements.lock -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m guiapp $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check guiapp tests benchmarks conftest.py resources
	$(VENV)/bin/ruff format --check guiapp tests benchmarks conftest.py resources

bench: $(STAMP)
	$(PY) benchmarks/bench_conv.py
	$(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_builder.py
	$(PY) benchmarks/bench_training.py
	$(PY) benchmarks/bench_rnn.py
	$(PY) benchmarks/bench_responsiveness.py
	$(PY) benchmarks/bench_soak.py

# Regenerate the French catalogue from the sources (French kept for strings that
# moved to another class), then compile it.
translations: $(STAMP)
	$(PY) resources/translations/core_messages.py
	$(VENV)/bin/ruff format -q guiapp/ui/i18n.py
	$(VENV)/bin/pyside6-lupdate $$(find guiapp -name '*.py' | sort) -ts resources/translations/guiapp_fr.ts
	$(PY) resources/translations/reuse.py resources/translations/guiapp_fr.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/guiapp_fr.ts -qm resources/translations/guiapp_fr.qm

screenshots: $(STAMP)
	$(PY) docs/make_screenshots.py

# The installable bundle for the platform this runs on (Linux here: a .tar.gz
# in dist/); packaging/windows and packaging/macos hold the other recipes.
PKG_STAMP := $(VENV)/.installed-package

$(PKG_STAMP): $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -c requirements.lock -e '.[test,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	packaging/linux/build.sh $(PY)

# Tests the archive `make package` made (builds it first when there is none).
package-test: $(PKG_STAMP)
	ls dist/guiapp-*-linux-*.tar.gz >/dev/null 2>&1 || packaging/linux/build.sh $(PY)
	packaging/test_bundle.sh $(PY)

clean:
	rm -rf $(VENV) build dist
