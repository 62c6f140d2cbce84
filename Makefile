# The two commands of the README (make run, make test) plus a few conveniences.
# Each target installs missing build dependencies first (a no-op when all is present).
PRESET ?= dev
DEPS := packaging/linux/install-build-deps.sh
CMAKE_EXTRA := $(if $(CI),-DMC_WERROR=ON,)
BUILD_DIR := $(if $(filter dev,$(PRESET)),build,build-$(PRESET))

.PHONY: all deps configure build run test test-headless bench fuzz package test-package test-install format clean

all: build

deps:
	@bash $(DEPS)

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET) $(CMAKE_EXTRA); fi

build: configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/bin/merchant-console --demo $(ARGS)

test: build
	ctest --preset $(PRESET)

test-headless:
	$(MAKE) test PRESET=headless

bench: build
	ctest --preset bench

# libFuzzer targets (tests/fuzz) in build-fuzz: clang, ASan + UBSan, each run for
# FUZZ_SECONDS (default 60) from its seed corpus in tests/data/fuzz/.
FUZZ_SECONDS ?= 60
fuzz:
	@bash $(DEPS) fuzz
	cmake --preset fuzz $(CMAKE_EXTRA) -DMC_FUZZ_SECONDS=$(FUZZ_SECONDS) >/dev/null
	cmake --build --preset fuzz
	ctest --preset fuzz

# Every package this machine can build, in build-release/packages/: on Debian/Ubuntu the .deb
# and .rpm of merchant-console and merchant-console-sandbox, and a .tar.gz of both.
# Configured again each time, so the commit that About and --version show is current.
package:
	@bash $(DEPS) package
	cmake --preset release $(CMAKE_EXTRA) >/dev/null
	cmake --build --preset release
	cd build-release && cpack

# The package checks (lintian, rpm, appstreamcli, desktop-file-validate) on the dev tree.
test-package: build
	@bash $(DEPS) package
	ctest --preset package

# Installs the .deb of `make package` into a fresh Debian 12 root (debootstrap, needs root
# and the network) and runs the installed commands there: packaging/linux/test-install-debootstrap.sh.
test-install: package
	bash packaging/linux/test-install-debootstrap.sh build-release/packages build-release/debroot

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-*
