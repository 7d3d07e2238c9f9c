#include "ui/input_queue.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <string>

#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

// HeadlessUi maps ImGuiKey_X to key code X; the modifiers get codes of their own.
constexpr KeyCodes kCodes = {300, 301, 302, 303, 304, 305, 306, 307, ImGuiKey_V};
constexpr int kCtrl = 300;

const InputQueue* g_queue = nullptr;
const char* ReadClipboard(void*) {
  const std::string* text = g_queue->paste_text();
  return text != nullptr ? text->c_str() : "stale clipboard";
}

// Two text fields and two buttons, fed only through the queue; every test
// starts with the cursor at the end of the first field.
class InputQueueTest : public ::testing::Test {
 protected:
  InputQueueTest() : ui_(800, 600), queue_(kCodes) {
    g_queue = &queue_;
    ImGui::GetIO().GetClipboardTextFn = ReadClipboard;
    draw_ = [this] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(700, 500));
      ImGui::Begin("w");
      ImGui::InputText("##name", name_, sizeof(name_));
      ImGui::InputText("##other", other_, sizeof(other_));
      if (ImGui::Button("One")) ++one_clicks_;
      if (ImGui::Button("Two")) ++two_clicks_;
      if (ImGui::IsKeyPressed(ImGuiKey_A, /*repeat=*/false)) ++a_presses_;
      ImGui::End();
    };
    ui_.Frame(draw_);
    Click("##name");
    Tap(ImGuiKey_End);
    Drain();
  }

  void Click(const char* label) {
    const ItemRecord* item = ui_.items().Find(label);
    ASSERT_NE(item, nullptr) << label;
    const float x = item->x + item->w / 2, y = item->y + item->h / 2;
    queue_.MouseMove(x, y);
    queue_.MouseButton(0, true, x, y);
    queue_.MouseButton(0, false, x, y);
  }

  void Tap(int key) {
    queue_.Key(key, true);
    queue_.Key(key, false);
  }

  void SelectAll() {
    queue_.Key(kCtrl, true);
    Tap(ImGuiKey_A);
    queue_.Key(kCtrl, false);
  }

  // Frames until the queue is empty, and one more to act on the last event.
  int Drain() {
    int frames = 0;
    do {
      queue_.Apply(ImGui::GetIO());
      ui_.Frame(draw_);
      ++frames;
    } while (queue_.pending() && frames < 100);
    queue_.Apply(ImGui::GetIO());
    ui_.Frame(draw_);
    return frames;
  }

  HeadlessUi ui_;
  InputQueue queue_;
  std::function<void()> draw_;
  char name_[64] = "Full assessment";
  char other_[64] = "";
  int one_clicks_ = 0, two_clicks_ = 0, a_presses_ = 0;
};

TEST_F(InputQueueTest, CtrlAThenTypingReplacesEvenWhenAllArriveBetweenTwoFrames) {
  SelectAll();
  queue_.Text("Board");
  Drain();
  EXPECT_STREQ(name_, "Board");
}

// What the queue is for: the same events handed over at once lose the shortcut.
TEST_F(InputQueueTest, WithoutTheQueueTheSameEventsAppendInstead) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[kCtrl] = io.KeysDown[ImGuiKey_A] = true;
  io.KeysDown[ImGuiKey_A] = io.KeysDown[kCtrl] = false;
  io.KeyCtrl = false;
  io.AddInputCharactersUTF8("Board");
  ui_.Frame(draw_);
  ui_.Frame(draw_);
  EXPECT_STREQ(name_, "Full assessmentBoard");
}

TEST_F(InputQueueTest, CtrlReleasedAfterAFrameSawItStillCoversTheLetter) {
  queue_.Key(kCtrl, true);
  Drain();  // A frame sees Ctrl alone (the user pressed it first).
  Tap(ImGuiKey_A);
  queue_.Key(kCtrl, false);
  queue_.Text("X");
  Drain();
  EXPECT_STREQ(name_, "X");
}

TEST_F(InputQueueTest, EachTapOfTheSameKeyIsAPress) {
  for (int i = 0; i < 3; ++i) Tap(ImGuiKey_A);
  Drain();
  EXPECT_EQ(a_presses_, 3);
}

TEST_F(InputQueueTest, TwoClicksBetweenTwoFramesAreTwoClicksWhereTheyHappened) {
  Click("One");
  Click("Two");
  Click("Two");
  Drain();
  EXPECT_EQ(one_clicks_, 1);
  EXPECT_EQ(two_clicks_, 2);
}

TEST_F(InputQueueTest, TextTypedBeforeAClickLandsInTheFieldThatHadFocus) {
  queue_.Text(" one");
  Click("##other");
  queue_.Text("two");
  Drain();
  EXPECT_STREQ(name_, "Full assessment one");
  EXPECT_STREQ(other_, "two");
}

// The field clicked is drawn before the one typed in: without a frame between
// them, it would take the text.
TEST_F(InputQueueTest, TextTypedBeforeAClickOnAnEarlierFieldStaysWhereItWasTyped) {
  Click("##other");
  Drain();
  queue_.Text("two");
  Click("##name");
  Drain();
  EXPECT_STREQ(other_, "two");
  EXPECT_STREQ(name_, "Full assessment");
}

TEST_F(InputQueueTest, PasteWhileCtrlIsHeldInsertsThePastedTextNotTheOldClipboard) {
  SelectAll();
  queue_.Key(kCtrl, true);
  queue_.Paste("pasted");
  queue_.Key(kCtrl, false);
  Drain();
  EXPECT_STREQ(name_, "pasted");
  EXPECT_EQ(queue_.paste_text(), nullptr);
  EXPECT_FALSE(ImGui::GetIO().KeyCtrl);
}

TEST_F(InputQueueTest, TextAndPastesKeepTheirOrder) {
  queue_.Text(" ab");
  queue_.Paste("cd");
  queue_.Paste("ef");
  queue_.Text("g");
  Drain();
  EXPECT_STREQ(name_, "Full assessment abcdefg");
}

TEST_F(InputQueueTest, PasteOnAMacUsesCommand) {
  ImGui::GetIO().ConfigMacOSXBehaviors = true;
  queue_.Paste("x");
  Drain();
  EXPECT_STREQ(name_, "Full assessmentx");
}

TEST_F(InputQueueTest, ReleaseAllKeysLetsGoOfKeysStillToBePressed) {
  queue_.Key(kCtrl, true);
  queue_.ReleaseAllKeys();
  queue_.Text("Z");
  Drain();
  EXPECT_FALSE(ImGui::GetIO().KeyCtrl);
  EXPECT_STREQ(name_, "Full assessmentZ");
}

}  // namespace
}  // namespace cloudgap::ui
