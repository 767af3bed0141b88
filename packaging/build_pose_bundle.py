"""Rebuild the embedded pose model bundle (postureapp/models/pose_landmarker_full.task).

Current mediapipe releases ship no model files, and the app must work offline, so we embed a
PoseLandmarker bundle made from the Apache-2.0 pose models in the mediapipe 0.10.21 wheel:

1. take `pose_detection.tflite` and `pose_landmark_full.tflite` from that wheel (SHA-256 checked);
2. add the TFLite metadata the Tasks API reads to preprocess images (RGB input, normalisation
   mean/std), which the legacy models lack;
3. write them into a *stored* (uncompressed) zip under the member names the Tasks API looks for,
   with every member's data 64-byte aligned so TFLite can use the bytes in place.

The output is byte-identical on every run (fixed timestamps, fixed order, deterministic flatbuffer
serialisation), so `--check` can prove the committed bundle came from the wheel.

Usage (from the repository root, in the project's virtualenv):
    python packaging/build_pose_bundle.py            # download the wheel with pip, rebuild
    python packaging/build_pose_bundle.py --wheel W  # use a wheel you already have
    python packaging/build_pose_bundle.py --check    # rebuild, compare with the committed file
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import flatbuffers
import numpy as np
from mediapipe.tasks.metadata import metadata_schema_py_generated as meta_fb
from mediapipe.tasks.metadata import schema_py_generated as tflite_fb

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "postureapp" / "models" / "pose_landmarker_full.task"
SOURCE_WHEEL_VERSION = "0.10.21"

# Members of the 0.10.21 wheel and their SHA-256; identical in every platform wheel of that release.
SOURCE_MODELS = {
    "pose_detector.tflite": (
        "mediapipe/modules/pose_detection/pose_detection.tflite",
        "9ba9dd3d42efaaba86b4ff0122b06f29c4122e756b329d89dca1e297fd8f866c",
    ),
    "pose_landmarks_detector.tflite": (
        "mediapipe/modules/pose_landmark/pose_landmark_full.tflite",
        "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f",
    ),
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


def _metadata_buffer(model: Any, member: str) -> bytes:
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
        f"MediaPipe pose model from the mediapipe {SOURCE_WHEEL_VERSION} wheel, "
        "with image metadata added by postureapp's packaging/build_pose_bundle.py."
    )
    metadata.license = "Apache-2.0"
    metadata.minParserVersion = MIN_METADATA_PARSER_VERSION
    metadata.subgraphMetadata = [graph]
    builder = flatbuffers.Builder(0)
    builder.Finish(metadata.Pack(builder), b"M001")
    return bytes(builder.Output())


def add_metadata(model_bytes: bytes, member: str) -> bytes:
    """The TFLite model with a TFLITE_METADATA buffer describing its image input."""
    model = tflite_fb.ModelT.InitFromObj(tflite_fb.Model.GetRootAsModel(model_bytes, 0))
    buffer = tflite_fb.BufferT()
    buffer.data = np.frombuffer(_metadata_buffer(model, member), dtype=np.uint8)
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


def read_source_models(wheel: Path) -> dict[str, bytes]:
    """The two pose models from the wheel, checked against their known SHA-256."""
    models = {}
    with zipfile.ZipFile(wheel) as archive:
        for member, (source_path, expected_sha256) in SOURCE_MODELS.items():
            data = archive.read(source_path)
            actual = hashlib.sha256(data).hexdigest()
            if actual != expected_sha256:
                raise SystemExit(f"{wheel.name}:{source_path} has SHA-256 {actual}, expected "
                                 f"{expected_sha256}; refusing to build from an unknown model.")
            models[member] = data
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


def build(wheel: Path) -> bytes:
    """The bundle's bytes, built from `wheel`."""
    sources = read_source_models(wheel)
    return write_aligned_stored_zip(
        {name: add_metadata(data, name) for name, data in sources.items()}
    )


def main(argv: list[str] | None = None) -> int:
    """Build (or with --check, verify) the embedded bundle."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wheel", type=Path,
                        help="a mediapipe 0.10.21 wheel (default: download it with pip)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="rebuild and compare with --output instead of writing it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        bundle = build(wheel)
    digest = hashlib.sha256(bundle).hexdigest()
    if args.check:
        existing = args.output.read_bytes() if args.output.exists() else b""
        same = existing == bundle
        print(f"{'OK' if same else 'DIFFERENT'}: rebuilt {digest}, "
              f"committed {hashlib.sha256(existing).hexdigest()}")
        return 0 if same else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(bundle)
    print(f"wrote {args.output} ({len(bundle)} bytes) sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
