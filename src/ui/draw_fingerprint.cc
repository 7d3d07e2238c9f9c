#include "ui/draw_fingerprint.h"

#include <imgui.h>

#include <cstring>

namespace cloudgap::ui {
namespace {

// FNV-1a over 64-bit words: a few hundred kilobytes of vertices a frame.
class Hasher {
 public:
  void Add(const void* data, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      uint64_t word;
      std::memcpy(&word, bytes + i, 8);
      Mix(word);
    }
    uint64_t tail = 0;
    if (size > i) std::memcpy(&tail, bytes + i, size - i);
    Mix(tail ^ (static_cast<uint64_t>(size) << 56));
  }
  template <typename T>
  void AddValue(const T& value) {
    Add(&value, sizeof value);
  }
  uint64_t value() const { return h_; }

 private:
  void Mix(uint64_t word) {
    h_ ^= word;
    h_ *= 0x100000001b3ull;
    h_ ^= h_ >> 29;
  }
  uint64_t h_ = 0xcbf29ce484222325ull;
};

}  // namespace

uint64_t DrawFingerprint(const ImDrawData& data, const ImVec4& clear_color) {
  Hasher h;
  h.AddValue(clear_color);
  h.AddValue(data.DisplayPos);
  h.AddValue(data.DisplaySize);
  h.AddValue(data.FramebufferScale);
  h.AddValue(data.CmdListsCount);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    h.AddValue(list.VtxBuffer.Size);
    h.Add(list.VtxBuffer.Data, static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    h.AddValue(list.IdxBuffer.Size);
    h.Add(list.IdxBuffer.Data, static_cast<size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      h.AddValue(cmd.ClipRect);
      h.AddValue(cmd.TextureId);
      h.AddValue(cmd.VtxOffset);
      h.AddValue(cmd.IdxOffset);
      h.AddValue(cmd.ElemCount);
      // A callback draws what no buffer shows: never the same twice.
      static uint64_t callbacks = 0;
      if (cmd.UserCallback != nullptr) h.AddValue(++callbacks);
    }
  }
  return h.value();
}

}  // namespace cloudgap::ui
