# The commands the README documents. Each installs what is missing, then builds only what changed.
.PHONY: deps build run test bench clean

DB ?= upward.db
# The key that encrypts private session notes, kept beside the demo database (made once, never overwritten).
NOTES_KEY ?= $(DB).notes-key

deps:
	@scripts/install-deps.sh

build: deps
	cmake --preset default
	cmake --build --preset default
	cd web && npm run build
	rm -rf build/web && cp -r web/dist build/web

run: build
	@test -f $(NOTES_KEY) || ./build/upward notes-key generate --output $(NOTES_KEY)
	./build/upward serve --demo --db $(DB) --notes-key-file $(NOTES_KEY)

test: build
	ctest --preset default

bench: build
	bench/import/run.sh
	bench/matching/run.sh
	bench/matching/run-match.sh

clean:
	rm -rf build web/dist
