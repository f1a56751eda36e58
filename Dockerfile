# fclint in a container: a static musl binary on an empty base.
#   docker build -t fclint .
#   docker run --rm -v "$PWD:/src" -w /src fclint check .
# The build stage pins nothing beyond Cargo.lock (`--locked`); FCLINT_COMMIT names the
# commit in `fclint --version`, since .git is not part of the build context.

FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /build
ARG FCLINT_COMMIT=unknown
ENV FCLINT_COMMIT=${FCLINT_COMMIT}
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
# On Alpine the default target is musl and links statically.
RUN cargo build --release --locked \
 && strip target/release/fclint \
 && ./target/release/fclint --version

FROM scratch
COPY --from=build /build/target/release/fclint /fclint
# fclint never needs a shell, certificates or the network.
USER 65534:65534
WORKDIR /src
ENTRYPOINT ["/fclint"]
CMD ["check", "."]
