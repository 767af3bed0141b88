"""The committed model bundle has the layout the Tasks API and TFLite want."""

from __future__ import annotations

import hashlib
import zipfile

from mediapipe.tasks.metadata import metadata_schema_py_generated as meta_fb
from mediapipe.tasks.metadata import schema_py_generated as tflite_fb

from postureapp.adapters.mediapipe_pose import EMBEDDED_MODEL, EMBEDDED_MODEL_SHA256

EXPECTED_NORMALISATION = {
    "pose_detector.tflite": (127.5, 127.5),
    "pose_landmarks_detector.tflite": (0.0, 255.0),
}


def test_bundle_matches_its_pinned_hash() -> None:
    assert hashlib.sha256(EMBEDDED_MODEL.read_bytes()).hexdigest() == EMBEDDED_MODEL_SHA256


def test_members_are_stored_and_aligned() -> None:
    with zipfile.ZipFile(EMBEDDED_MODEL) as bundle:
        infos = bundle.infolist()
        assert sorted(i.filename for i in infos) == sorted(EXPECTED_NORMALISATION)
        for info in infos:
            assert info.compress_type == zipfile.ZIP_STORED
            header = EMBEDDED_MODEL.read_bytes()[info.header_offset:info.header_offset + 30]
            name_len = int.from_bytes(header[26:28], "little")
            extra_len = int.from_bytes(header[28:30], "little")
            data_offset = info.header_offset + 30 + name_len + extra_len
            assert data_offset % 64 == 0


def test_each_model_declares_its_image_normalisation() -> None:
    with zipfile.ZipFile(EMBEDDED_MODEL) as bundle:
        for name, (mean, std) in EXPECTED_NORMALISATION.items():
            model = tflite_fb.Model.GetRootAsModel(bundle.read(name), 0)
            entries = {model.Metadata(i).Name(): model.Metadata(i).Buffer()
                       for i in range(model.MetadataLength())}
            buffer = model.Buffers(entries[b"TFLITE_METADATA"]).DataAsNumpy().tobytes()
            metadata = meta_fb.ModelMetadataT.InitFromObj(
                meta_fb.ModelMetadata.GetRootAsModelMetadata(buffer, 0))
            image = metadata.subgraphMetadata[0].inputTensorMetadata[0]
            options = image.processUnits[0].options
            assert (list(options.mean), list(options.std)) == ([mean], [std])
            assert image.content.contentProperties.colorSpace == meta_fb.ColorSpaceType.RGB
