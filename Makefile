# The commands the README documents. Each installs what is missing, then builds only what changed.
.PHONY: deps app web build run test bench format tidy clean

DB ?= upward.db
# The key that encrypts private session notes, kept beside the demo database (made once, never overwritten).
NOTES_KEY ?= $(DB).notes-key

deps:
	@scripts/install-deps.sh

# The server binary and the web UI it serves: all that `make run` needs (no test binaries).
app: deps
	cmake --preset default
	cmake --build --preset default --target upward
	$(MAKE) --no-print-directory web

web:
	cd web && npm run build
	rm -rf build/web && cp -r web/dist build/web

# Everything, tests included.
build: app
	cmake --build --preset default

run: app
	@test -f $(NOTES_KEY) || ./build/upward notes-key generate --output $(NOTES_KEY)
	./build/upward serve --demo --db $(DB) --notes-key-file $(NOTES_KEY)

test: build
	ctest --preset default

bench: build
	bench/import/run.sh
	bench/matching/run.sh
	bench/matching/run-match.sh

# Rewrites every C++ file in the repository's own style (.clang-format); `make test` fails on any it would change.
format: deps
	scripts/format.sh --fix

# clang-tidy with .clang-tidy over src/ (about half an hour on two cores; scripts/tidy.sh FILE... checks just those).
tidy: deps
	scripts/tidy.sh

clean:
	rm -rf build web/dist
