// A bounded, ordered hand-off of blocks of work from one thread to another, with the blocks'
// buffers recycled so their strings keep their capacity. Used where reading and processing a
// stream take about as long as each other, so on two cores they overlap (audit verify's chain,
// a bulk import's parsing).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace clerk {

template <class Block>
class BlockQueue {
 public:
  explicit BlockQueue(size_t in_flight = 4) : in_flight_(in_flight) {}

  // A block to fill (new or recycled), or null once the consumer has failed.
  std::unique_ptr<Block> take_empty() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !empty_.empty() || made_ < in_flight_ || failed_; });
    if (failed_) return nullptr;
    if (empty_.empty()) {
      ++made_;
      return std::make_unique<Block>();
    }
    auto block = std::move(empty_.back());
    empty_.pop_back();
    return block;
  }
  void put_full(std::unique_ptr<Block> block) {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(block));
    changed_.notify_all();
  }
  // The next full block, or null once the producer has finished and all are taken.
  std::unique_ptr<Block> take_full() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !full_.empty() || done_; });
    if (full_.empty()) return nullptr;
    auto block = std::move(full_.front());
    full_.pop_front();
    return block;
  }
  void put_empty(std::unique_ptr<Block> block) {
    std::lock_guard lock(mutex_);
    empty_.push_back(std::move(block));
    changed_.notify_all();
  }
  // The producer has no more blocks.
  void finish() {
    std::lock_guard lock(mutex_);
    done_ = true;
    changed_.notify_all();
  }
  // The consumer stopped: the producer's next take_empty() returns null.
  void fail() {
    std::lock_guard lock(mutex_);
    failed_ = true;
    changed_.notify_all();
  }

 private:
  const size_t in_flight_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Block>> full_;
  std::vector<std::unique_ptr<Block>> empty_;
  size_t made_ = 0;
  bool done_ = false;
  bool failed_ = false;
};

// Runs `produce(queue)` on a second thread while `consume(queue)` runs on this one; the queue is
// finished when `produce` returns. A failure of either side stops the other and is rethrown
// here once both have stopped (the consumer's first, then the producer's).
template <class Block, class Produce, class Consume>
void produce_and_consume(BlockQueue<Block>& queue, Produce&& produce, Consume&& consume) {
  std::exception_ptr produce_error;
  std::thread producing([&] {
    try {
      produce(queue);
    } catch (...) {
      produce_error = std::current_exception();
    }
    queue.finish();
  });
  try {
    consume(queue);
  } catch (...) {
    queue.fail();
    producing.join();
    throw;
  }
  producing.join();
  if (produce_error) std::rethrow_exception(produce_error);
}

}  // namespace clerk
