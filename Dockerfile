# syntax=docker/dockerfile:1

# Build stage: a static dyad binary.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
ARG COMMIT=unknown
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
      -o /out/dyad ./cmd/dyad

# Final stage: the binary alone on a minimal base, run as a non-root user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/dyad /usr/local/bin/dyad
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/dyad"]
CMD ["--help"]
